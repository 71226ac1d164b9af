import type { Messages } from '../fr.ts';

export const tour: Messages['tour'] = {
  label: 'Guided tour',
  step: 'Step {{n}} of {{total}}',
  next: 'Next',
  previous: 'Previous',
  skip: 'Skip the tour',
  finish: 'Let’s go!',
  offer: {
    text: 'First time in Fidélis? The guided tour shows in {{n}} steps where to decide and how to move on in time.',
    take: 'Take the tour',
    decline: 'No thanks',
  },
  missions: {
    title: '1. Choose your mission',
    body: 'Your teacher opened a shop’s missions for you: read the mission’s objective, then click “Start mission”. The “Missions” screen brings you back here at any time.',
  },
  steps: {
    welcome: {
      title: 'Welcome to Fidélis',
      body: 'You are going to manage the loyalty of a simulated shop’s customers. Nothing is sent over the Internet: everything stays in this browser. A teacher? Your tools are listed on the home page, under “Are you a teacher?”.',
      student: 'You are going to manage the loyalty of a simulated shop’s customers. Nothing is sent over the Internet: everything stays in this browser.',
    },
    scenario: {
      title: '1. Choose a scenario',
      body: 'Each card describes a shop, its difficulty, its duration and the objectives to reach. Choose “Start”, or follow the step-by-step missions of the “Missions” screen.',
      elsewhere: 'On the “Home” screen, each card describes a shop, its difficulty, its duration and the objectives to reach: choose “Start”. Or follow the step-by-step missions of the “Missions” screen.',
    },
    decisions: {
      title: '2. Decide',
      body: 'In “Decisions”, build a target (for example the lapsing customers, whose purchases are getting further apart and who may leave) and apply a strategy to it: financial advantage, social bonding, personalisation or customisation.',
      openZero: 'In “Decisions”, build a target (for example the lapsing customers, whose purchases are getting further apart and who may leave) and see whom it reaches: the loyalty strategies are closed for now.',
      openOne: 'In “Decisions”, build a target (for example the lapsing customers, whose purchases are getting further apart and who may leave) and apply the strategy open here to it: {{strategies}}.',
      openOther: 'In “Decisions”, build a target (for example the lapsing customers, whose purchases are getting further apart and who may leave) and apply one of the strategies open here to it: {{strategies}}.',
      missions: 'In “Decisions”, build a target (for example the lapsing customers, whose purchases are getting further apart and who may leave) and apply a strategy to it: the missions open them one by one.',
    },
    advance: {
      title: '3. Move forward in time',
      body: 'Advance {{one}}, several, or let time run (on a small screen, these last two are under “More choices”). Until you advance, you can undo the last decision in the “{{list}}” list.',
      elsewhere:
        'The time bar is at the bottom of the “Decisions” screen: advance {{one}}, several, or let time run (on a small screen, these last two are under “More choices”). Until you advance, you can undo the last decision in the “{{list}}” list.',
      lab: 'Advance {{one}}, several, or let time run. Until you advance, you can undo the last decision in the “{{list}}” list of the “Decisions” screen.',
      one: { week: 'one week', month: 'one month', none: 'one week (or one month, depending on the shop)' },
      list: { week: 'Decisions for this week', month: 'Decisions for this month', none: 'Decisions for this week (or month)' },
    },
    observe: {
      title: '4. Watch and understand',
      body: 'The dashboard, the charts and the customer base show the effect of your choices. The “?” buttons next to the concepts open the glossary.',
    },
  },
};
