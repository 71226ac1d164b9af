/**
 * French explanations of the four loyalty strategies and their instruments, in the app's own
 * words (course table of CONCEPTS.md): advantages, drawbacks and the expected delay of effect.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const strategies = frenchArea({
  financier: {
    summary: 'Récompenser l’achat par de l’argent : bons de réduction, points, remise permanente sur chaque achat.',
    advantages: 'Simple à mettre en place ; effet rapide sur la fréquence d’achat.',
    drawbacks: 'Facile à copier pour un concurrent ; difficile à arrêter, surtout quand les clients achètent souvent (ils s’habituent au prix remisé) ; pèse sur la marge : chaque euro de remise est un euro de marge en moins, que seuls des achats en plus peuvent compenser.',
    delay: 'Rapide : agit dès {{theTick}} de lancement ; l’effet baisse beaucoup quand un concurrent l’imite, et s’arrête avec le programme.',
  },
  lienSocial: {
    summary: 'Créer un attachement : club clients, événements privés réservés aux membres.',
    advantages: 'Difficile à imiter ; les clients hésitent à changer de magasin.',
    drawbacks: 'Il faut du temps pour installer la confiance ; agit surtout sur les clients qui aiment la relation ou être valorisés (besoins-types sympathie et orgueil) : un client qui vient pour le prix (argent) ou pour la nouveauté y tient peu, et le club le retient beaucoup moins.',
    delay: 'Lent : plusieurs {{ticks}} avant un effet visible, mais il dure après l’arrêt.',
  },
  personnalisation: {
    summary: 'Traiter chaque client comme une personne : relance personnalisée, conseiller attitré.',
    advantages: 'Renforce la fidélité à l’enseigne ; très difficile à imiter.',
    drawbacks: 'Coûte cher : une relance écrite à partir du fichier client revient plus cher par membre qu’un club, un conseiller attitré bien plus ; demande de bien connaître le client (données), sans quoi elle ne fait rien ; une relance fait peu acheter en plus : elle retient surtout le client.',
    delay: 'Lent : rien pendant la mise en place, puis un effet à la mesure de ce que le magasin sait de chaque client.',
  },
  customisation: {
    summary: 'Construire l’offre avec le client : offre sur mesure, programme contractuel.',
    advantages: 'Limite fortement le changement d’enseigne (on quitte difficilement un contrat).',
    drawbacks: 'Lourd et coûteux ; certains clients vivent mal l’engagement.',
    delay: 'Moyen : les membres sont inscrits au lancement et l’offre sur mesure agit dès {{theTick}} du lancement ; la barrière au changement, elle, monte au fil des {{ticks}}.',
  },
  instrumentHelp: {
    coupon: 'Un bon de réduction remis en caisse aux clients ciblés.',
    /** points and remiseVolume: the coupon's discount on each purchase (financier.ts); the course's meaning said beside it (concepts audit C1) */
    points: 'Des points à chaque achat, que Fidélis compte comme une remise immédiate ; ils font revenir plus vite près du palier.',
    remiseVolume: 'Une remise au même taux sur chaque achat des clients ciblés, quel que soit le montant. Une vraie remise sur volume (prix dégressif) grandit avec la quantité achetée : Fidélis ne la simule pas.',
    club: 'Un club avec des avantages réservés aux membres.',
    /** charged every period until stopped, like every programme: not a one-off (QA qa17 F2) */
    evenementPrive: 'Une soirée ou une vente privée chaque {{tick}}, jusqu’à l’arrêt, réservée aux clients ciblés, invités par e-mail ou SMS : seulement ceux qui ont donné leur consentement.',
    relancePersonnalisee: 'Un e-mail ou un SMS adapté à chaque client, selon ses achats, environ deux fois par mois, choisi et écrit par le personnel à partir du fichier : seulement ceux qui ont donné leur consentement.',
    personalShopper: 'Un vendeur attitré qui conseille le client.',
    offreSurMesure: 'Une offre composée à partir des options du catalogue.',
    contrat: 'Un abonnement ou un programme fermé, avec engagement.',
  },
  /** the same tools in an online shop (scenario channel 'online', engine/shopChannel.ts): no till, no salesperson (QA shops 7) */
  instrumentHelpOnline: {
    coupon: 'Un code de réduction affiché dans l’espace client des clients ciblés, à saisir à la commande.',
    personalShopper: 'Un conseiller attitré qui répond au client quand il le sollicite (chat, téléphone).',
  },
} as const);
