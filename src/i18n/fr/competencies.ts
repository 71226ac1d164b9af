/**
 * The BTS MCO and NDRC competencies (ids in src/competencies/referential.ts): bloc titles and
 * competency wording as in the national referentials, as a glossary card, a mission and the debrief name them. The
 * debrief's evidence lines are the debrief's (debrief.competencyEvidence), the missions screen's referential the
 * missions' (missions.referential): fetched with them, not with every learner's part (bench app-learner-js).
 */
import { frenchArea } from '../frenchSpacing.ts';

export const competencies = frenchArea({
  title: 'Compétences BTS travaillées',
  listLabel: 'Compétences',
  /** a glossary card or mission: each bloc once, with the competencies it trains (QA expert F18) */
  blocLabel: '{{diploma}} {{title}} :',
  quoted: '« {{name}} »',
  blocItemsOne: 'compétence {{items}}',
  blocItemsOther: 'compétences {{items}}',
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
} as const);
