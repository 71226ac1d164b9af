/** The missions' part of French (see areas.ts): loaded with the mission code, never by a free player. */
import type { Messages } from './fr.ts';
import type { MissionArea } from './areas.ts';
import { missions } from './fr/missions.ts';
import { classLink } from './fr/classLink.ts';

export const frMissions: Pick<Messages, MissionArea> = { missions, classLink };
