/** French strings of the real-data analytics screen (import, RFM/FRAT, BG/NBD scoring) and its CLI. */
export const analytics = {
  importErrorLine: 'Ligne {{line}} : {{message}}',
  importErrors: {
    emptyFile: 'Le fichier est vide.',
    noRows: 'Aucune ligne de données dans le fichier.',
    missingColumns: 'il manque des colonnes ({{expected}} attendues, {{found}} trouvées).',
    emptyCustomer: "l'identifiant du client est vide.",
    badDate: 'date illisible « {{value}} » (format attendu : {{format}}).',
    badAmount: 'montant illisible « {{value}} ».',
    badQuantity: 'quantité illisible « {{value}} ».',
    unterminatedQuote: 'un guillemet ouvert n’est jamais refermé.',
    tooManyTypes: 'trop de types de produits différents (au plus {{max}}).',
    badNumber: 'nombre illisible « {{value}} » dans la colonne {{column}}.',
    badSummaryHeader: 'colonnes absentes de l’en-tête : {{missing}} (attendues : ID, frequency, recency, T).',
    unmappedColumns: 'Colonnes non associées : {{columns}}. Indiquez quelle colonne contient le client, la date et le montant.',
  },
  importFailed: 'Import annulé, rien n’a été importé ({{count}} erreur(s)) :',
  fields: { customer: 'client', date: 'date', amount: 'montant', type: 'type de produit', quantity: 'quantité' },
  moreErrors: '… et {{count}} autre(s) erreur(s).',
  cli: {
    usageRfm: 'Usage : npm run rfm -- FICHIER --format cdnow|cdnow-sample|csv --at AAAA-MM-JJ [--window JOURS] --json',
    usageScore:
      'Usage : npm run score -- FICHIER --format cdnow-summary|cdnow|cdnow-sample|csv [--calibration-end AAAA-MM-JJ] [--horizon SEMAINES] --json',
    missingFile: 'Fichier manquant.',
    unreadableFile: 'Impossible de lire le fichier « {{file}} » : {{reason}}',
    badFormat: 'Format inconnu « {{format}} » (formats possibles : {{formats}}).',
    badDate: 'Date invalide « {{value}} » pour {{option}} (format attendu AAAA-MM-JJ).',
    badNumber: 'Valeur invalide « {{value}} » pour {{option}} (nombre positif attendu).',
    missingOption: 'Option obligatoire manquante : {{option}}.',
    unknownOption: 'Option inconnue : {{option}}.',
    noCustomers: 'Aucun client n’a acheté avant la date de fin de calibration.',
  },
} as const;
