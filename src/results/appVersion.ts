/** The app's version as written in result files (only the `version` field of package.json is bundled). */
import { version } from '../../package.json';

export const APP_VERSION: string = version;
