/** The BTS MCO and NDRC competencies (English renderings of the French referentials' wording). */
import type { Messages } from '../fr.ts';

export const competencies: Messages['competencies'] = {
  title: 'BTS competencies trained',
  listLabel: 'Competencies',
  /** a glossary card or mission: each bloc once, with the competencies it trains (QA expert F18) */
  blocLabel: '{{diploma}} {{title}}:',
  quoted: '“{{name}}”',
  blocItemsOne: 'competency {{items}}',
  blocItemsOther: 'competencies {{items}}',
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
};
