/**
 * The BTS MCO and NDRC competencies (ids in src/competencies/referential.ts): bloc titles and
 * competency wording as in the national referentials, and the evidence lines of the debrief.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const competencies = frenchArea({
  title: 'Compétences BTS travaillées',
  referentialTitle: 'Référentiels BTS MCO et NDRC',
  referentialIntro: 'Les blocs de compétences des deux BTS et ce que Fidélis permet d’en travailler. Les intitulés sont ceux des référentiels ; seules les compétences réellement exercées dans l’application sont détaillées.',
  untrained: 'Non travaillé dans Fidélis.',
  trainedBy: 'Missions : {{missions}}',
  noMission: 'Aucune mission ne la travaille directement.',
  listLabel: 'Compétences',
  /** a glossary card or mission: each bloc once, with the competencies it trains (QA expert F18) */
  blocLabel: '{{diploma}} {{title}} :',
  quoted: '« {{name}} »',
  blocItemsOne: 'compétence {{items}}',
  blocItemsOther: 'compétences {{items}}',
  diploma: {
    mco: 'BTS MCO — Management commercial opérationnel',
    ndrc: 'BTS NDRC — Négociation et digitalisation de la relation client',
  },
  short: {
    mco: 'MCO',
    ndrc: 'NDRC',
  },
  bloc: {
    mco1: 'Bloc 1 — Développer la relation client et assurer la vente conseil',
    mco2: 'Bloc 2 — Animer et dynamiser l’offre commerciale',
    mco3: 'Bloc 3 — Assurer la gestion opérationnelle',
    mco4: 'Bloc 4 — Manager l’équipe commerciale',
    ndrc1: 'Bloc 1 — Relation client et négociation-vente',
    ndrc2: 'Bloc 2 — Relation client à distance et digitalisation',
    ndrc3: 'Bloc 3 — Relation client et animation de réseaux',
  },
  blocShort: {
    mco1: 'bloc 1',
    mco2: 'bloc 2',
    mco3: 'bloc 3',
    mco4: 'bloc 4',
    ndrc1: 'bloc 1',
    ndrc2: 'bloc 2',
    ndrc3: 'bloc 3',
  },
  item: {
    mco1: {
      veille: 'Assurer la veille informationnelle',
      etudes: 'Réaliser des études commerciales',
      relation: 'Entretenir la relation client',
    },
    mco2: {
      offre: 'Élaborer et adapter en continu l’offre de produits et de services',
      communication: 'Concevoir et mettre en place la communication commerciale',
      evaluer: 'Évaluer l’action commerciale',
    },
    mco3: {
      budget: 'Prévoir et budgétiser l’activité',
      performances: 'Analyser les performances',
    },
    ndrc1: {
      cibler: 'Cibler et prospecter la clientèle',
      negocier: 'Négocier et accompagner la relation client',
      evenement: 'Organiser et animer un événement commercial',
      information: 'Exploiter et mutualiser l’information commerciale',
    },
    ndrc2: {
      omnicanal: 'Maîtriser la relation omnicanale',
      digital: 'Animer la relation client digitale',
    },
  },
  evidence: {
    intro: 'Pour l’évaluation en cours de formation : chaque compétence avec les traces produites pendant la partie (décisions prises, résultats obtenus).',
    none: 'Aucune décision prise pour l’instant : pas encore de trace à relier aux compétences.',
    decision: '{{period}} : {{action}}',
    objective: 'Objectif « {{label}} » : {{state}}',
    /** an objective with no value (no survey in the period it asks for): listed all the same (QA class 14); « jamais
        mesuré » told a learner who had run a questionnaire in month 1, too early for « fait dans les 9 derniers mois », that it never happened (QA phone F5) */
    objectiveUnmeasured: 'Objectif « {{label}} » : {{state}} (pas de mesure dans la période demandée)',
    state: {
      enCours: 'en cours',
      atteint: 'atteint',
      manque: 'manqué',
    },
    moreOne: '… et {{count}} autre trace',
    moreOther: '… et {{count}} autres traces',
  },
} as const);
