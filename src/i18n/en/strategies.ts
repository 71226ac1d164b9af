import type { Messages } from '../fr.ts';

export const strategies: Messages['strategies'] = {
  financier: {
    summary: 'Reward buying with money: vouchers, points, a standing discount on every purchase.',
    advantages: 'Easy to set up; quick effect on how often customers buy.',
    drawbacks: 'Easy for a competitor to copy; hard to stop, especially when customers buy often (they get used to the discounted price); eats into the margin: each euro of discount is a euro of margin lost, which only extra purchases can make up for.',
    delay: 'Fast: acts from the launch {{tick}}; the effect drops sharply once a competitor imitates it, and stops with the programme.',
  },
  lienSocial: {
    summary: 'Build attachment: customer club, private events for members.',
    advantages: 'Hard to imitate; customers think twice before switching shops.',
    drawbacks: 'Trust takes time to build; works mostly on customers who value the relationship or being valued (sympathy and pride buying motives): a customer who comes for the price (money) or for novelty cares little, and the club keeps them far less.',
    delay: 'Slow: several {{ticks}} before a visible effect, but it lasts after stopping.',
  },
  personnalisation: {
    summary: 'Treat each customer as a person: personalised reminder, dedicated adviser.',
    advantages: 'Strengthens loyalty to the shop; very hard to imitate.',
    drawbacks: 'Costly: a reminder written from the customer file costs more per member than a club, a dedicated adviser far more; needs good knowledge of the customer (data), without which it does nothing; a reminder adds few purchases: it mostly keeps the customer.',
    delay: 'Slow: nothing during the set-up, then an effect in proportion to what the shop knows about each customer.',
  },
  customisation: {
    summary: 'Build the offer with the customer: tailor-made offer, contractual programme.',
    advantages: 'Strongly limits switching to another shop (a contract is hard to leave).',
    drawbacks: 'Heavy and costly; some customers dislike being committed.',
    delay: 'Medium: members are enrolled at launch and the tailored offer acts from the first {{tick}}; the switching barrier builds up over the {{ticks}}.',
  },
  instrumentHelp: {
    coupon: 'A voucher handed to the targeted customers at the till.',
    points: 'Points on each purchase, which Fidélis counts as an immediate discount; they bring customers back sooner near the threshold.',
    remiseVolume: 'A discount at the same rate on every purchase of the targeted customers, whatever the amount. A real volume discount grows with the quantity bought: Fidélis does not simulate it.',
    club: 'A club with benefits for members only.',
    evenementPrive: 'An evening or private sale every {{tick}} until stopped, for the targeted customers, invited by e-mail or SMS: only those who gave their consent.',
    relancePersonnalisee: 'An e-mail or SMS tailored to each customer, from their purchases, about twice a month, chosen and written by staff from the customer file: only those who gave their consent.',
    personalShopper: 'A dedicated salesperson who advises the customer.',
    offreSurMesure: 'An offer put together from the catalogue’s options.',
    contrat: 'A subscription or closed programme, with commitment.',
  },
  instrumentHelpOnline: {
    coupon: 'A discount code shown in the targeted customers’ account, to enter when ordering.',
    personalShopper: 'A dedicated adviser who answers the customer when asked (chat, phone).',
  },
};
