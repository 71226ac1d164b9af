import type { Messages } from '../fr.ts';

export const savedRuns: Messages['savedRuns'] = {
  runLine: '{{scenario}}, seed {{seed}}, {{progress}}',
  runUpdated: 'changed on {{date}} at {{time}}',
  resume: 'Resume',
  resumeLabel: 'Resume “{{name}}”',
  resumeLabelDated: 'Resume “{{name}}”, {{updated}}',
  rename: 'Rename',
  renameNamed: 'Rename “{{name}}”',
  renameNamedDated: 'Rename “{{name}}”, {{updated}}',
  renameLabel: 'New name of the game',
  save: 'Save',
  nameEmpty: 'Give the game a name.',
  deleteNamed: 'Delete “{{name}}”',
  deleteNamedDated: 'Delete “{{name}}”, {{updated}}',
  export: 'Export',
  exportNamed: 'Export “{{name}}”',
  exportNamedDated: 'Export “{{name}}”, {{updated}}',
  /** the exported file's name for a run whose name has no letter or digit: fidelis-run-p4.json */
  exportUnnamed: 'run',
  exportDone: 'File “{{file}}” saved to your downloads.',
  exportFailed: 'The game “{{name}}” could not be exported. {{reason}}',
  exportFailedBrowser: 'The browser could not prepare the file (technical detail: {{detail}}).',
  exportBranchAlone:
    'The file of “{{name}}” holds this “What if…?” branch alone: the original game is not in it, and once imported elsewhere it cannot be compared with it. To show the comparison, open “What if…?” in this browser.',
  confirmDeleteTitle: 'Delete the game?',
  confirmDelete: 'The game “{{name}}” will be deleted for good. Export it first if you want to keep it.',
  confirmDeleteCurrent: 'It is the game in progress: it will be closed.',
  confirmDeleteCurrentBranch: 'It is the game in progress: it will be closed, and its original game “{{original}}” reopened.',
  confirm: 'Delete for good',
  deleted: 'Game “{{name}}” deleted.',
  deletedReopened: 'Game “{{name}}” deleted. Game in progress: “{{original}}”.',
};
