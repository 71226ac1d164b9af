/** The BTS MCO and NDRC competencies (English renderings of the French referentials' wording). */
import type { Messages } from '../fr.ts';

export const competencies: Messages['competencies'] = {
  title: 'BTS competencies trained',
  referentialTitle: 'BTS MCO and NDRC referentials',
  referentialIntro: 'The competency blocks of both BTS and what Fidélis lets learners practise. Titles follow the French referentials; only the competencies the app really exercises are detailed.',
  untrained: 'Not trained in Fidélis.',
  trainedBy: 'Missions: {{missions}}',
  noMission: 'No mission trains it directly.',
  listLabel: 'Competencies',
  /** a glossary card or mission: each bloc once, with the competencies it trains (QA expert F18) */
  blocLabel: '{{diploma}} {{title}}:',
  quoted: '“{{name}}”',
  blocItemsOne: 'competency {{items}}',
  blocItemsOther: 'competencies {{items}}',
  diploma: {
    mco: 'BTS MCO — Operational sales management',
    ndrc: 'BTS NDRC — Negotiation and digitalisation of customer relations',
  },
  short: {
    mco: 'MCO',
    ndrc: 'NDRC',
  },
  bloc: {
    mco1: 'Block 1 — Develop the customer relationship and provide advisory selling',
    mco2: 'Block 2 — Run and energise the commercial offer',
    mco3: 'Block 3 — Handle operational management',
    mco4: 'Block 4 — Manage the sales team',
    ndrc1: 'Block 1 — Customer relationship and sales negotiation',
    ndrc2: 'Block 2 — Remote customer relationship and digitalisation',
    ndrc3: 'Block 3 — Customer relationship and network management',
  },
  blocShort: {
    mco1: 'block 1',
    mco2: 'block 2',
    mco3: 'block 3',
    mco4: 'block 4',
    ndrc1: 'block 1',
    ndrc2: 'block 2',
    ndrc3: 'block 3',
  },
  item: {
    mco1: {
      veille: 'Keep a watch on market information',
      etudes: 'Carry out market studies',
      relation: 'Maintain the customer relationship',
    },
    mco2: {
      offre: 'Design and continuously adapt the range of products and services',
      communication: 'Design and run commercial communication',
      evaluer: 'Evaluate commercial action',
    },
    mco3: {
      budget: 'Forecast and budget the activity',
      performances: 'Analyse performance',
    },
    ndrc1: {
      cibler: 'Target and prospect customers',
      negocier: 'Negotiate and support the customer relationship',
      evenement: 'Organise and run a commercial event',
      information: 'Use and share commercial information',
    },
    ndrc2: {
      omnicanal: 'Master the omnichannel relationship',
      digital: 'Run the digital customer relationship',
    },
  },
  evidence: {
    intro: 'For continuous assessment: each competency with the evidence produced during the game (decisions taken, results obtained).',
    none: 'No decision taken yet: no evidence to link to the competencies.',
    decision: '{{period}}: {{action}}',
    objective: 'Objective “{{label}}”: {{state}}',
    /** an objective with no value (no survey in the period it asks for): listed all the same (QA class 14; QA phone F5) */
    objectiveUnmeasured: 'Objective “{{label}}”: {{state}} (no measurement in the period it asks for)',
    state: {
      enCours: 'in progress',
      atteint: 'met',
      manque: 'missed',
    },
    moreOne: '… and {{count}} more',
    moreOther: '… and {{count}} more',
  },
};
