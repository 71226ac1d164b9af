/** The missions' part of English (see areas.ts): loaded with the mission code, never by a free player. */
import type { Messages } from './fr.ts';
import type { MissionArea } from './areas.ts';
import { missions } from './en/missions.ts';
import { classLink } from './en/classLink.ts';

export const enMissions: Pick<Messages, MissionArea> = { missions, classLink };
