import type { Messages } from '../fr.ts';

export const strategies: Messages['strategies'] = {
  financier: {
    summary: 'Reward buying with money: vouchers, points, volume discounts.',
    advantages: 'Easy to set up; quick effect on how often customers buy.',
    drawbacks: 'Easy for a competitor to copy; hard to stop, especially when customers buy often (they get used to the discounted price); eats into the margin.',
    delay: 'Fast: acts from the launch period; the effect drops sharply once a competitor imitates it, and stops with the programme.',
  },
  lienSocial: {
    summary: 'Build attachment: customer club, private events for members.',
    advantages: 'Hard to imitate; customers think twice before switching shops.',
    drawbacks: 'Trust takes time to build.',
    delay: 'Slow: several periods before a visible effect, but it lasts after stopping.',
  },
  personnalisation: {
    summary: 'Treat each customer as a person: personalised reminder, dedicated adviser.',
    advantages: 'Strengthens loyalty to the shop; very hard to imitate.',
    drawbacks: 'Can be costly; slow to develop; needs good knowledge of the customer (data).',
    delay: 'Medium to slow: the effect grows with what the shop knows about the customer.',
  },
  customisation: {
    summary: 'Build the offer with the customer: tailor-made offer, contractual programme.',
    advantages: 'Strongly limits switching to another shop (a contract is hard to leave).',
    drawbacks: 'Tedious and costly; some customers dislike being committed.',
    delay: 'Medium: the effect shows once customers have signed up.',
  },
  instrumentHelp: {
    coupon: 'A voucher handed to the targeted customers at the till.',
    points: 'Points earned with each purchase, exchanged for a discount.',
    remiseVolume: 'A discount on every purchase of the targeted customers, at the same rate whatever the amount: it brings them back more often, not buying more per visit.',
    club: 'A club with benefits for members only.',
    evenementPrive: 'An evening or private sale for the targeted customers, invited by e-mail or SMS: only those who gave their consent.',
    relancePersonnalisee: 'An e-mail or SMS tailored to each customer, from their purchases: only those who gave their consent.',
    personalShopper: 'A dedicated salesperson who advises the customer.',
    offreSurMesure: 'An offer put together from the catalogue’s options.',
    contrat: 'A subscription or closed programme, with commitment.',
  },
};
