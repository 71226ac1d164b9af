/**
 * What a class link set for a run is said in the same parts and words on its home card (ClassNote)
 * and in the notice of the reopened run (tellRunSettings): one source, classNoteParts.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClassNote from '../../../src/ui/presets/ClassNote.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { noticeText } from '../../../src/app/noticeText.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { classNoteParts } from '../../../src/presets/classNoteParts.ts';
import { tellRunSettings } from '../../../src/presets/classSettings.svelte.ts';
import { runClassNote, type RunClassSettings } from '../../../src/presets/runClass.ts';

const tr = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

describe('class note of a run', () => {
  it('the home card and the reopened run’s notice say the same parts, in order', () => {
    const settings: RunClassSettings = { shop: 'sport-et-cimes', seed: 4242, mode: 'committed', lock: ['financier', 'enquete', 'acquisition'], hide: ['acquisition'] };
    const note = runClassNote(settings, 'sport-et-cimes')!;
    const parts = classNoteParts(note, tr);
    expect(parts.map((p) => p.part)).toEqual(['chosen', 'seed', 'mode', 'locked']);
    // a hidden tool is not named
    expect(parts[3].text).not.toContain('Recrutement');

    render(ClassNote, { note });
    const card = screen.getByTestId('class-note');
    expect([...card.children].map((e) => e.textContent)).toEqual(parts.map((p) => p.text));
    // separate words for a screen reader, not glued
    expect(card.textContent!.trim()).toBe(parts.map((p) => p.text).join(' '));
    expect(card.querySelector('strong')).toHaveTextContent(parts[0].text);

    const notices = new Notices();
    tellRunSettings(notices, settings, 'sport-et-cimes');
    const told = notices.list.find((n) => n.key === 'presets.runSettings')!;
    expect(noticeText(tr as never, told, 'fr')).toBe(tr('presets.runSettings', { list: parts.map((p) => p.text).join(tr('app.listSeparator')) }));
  });

  it('only the parts the link set', () => {
    const note = runClassNote({ seed: 7, lock: [], hide: [] } as RunClassSettings, 'optique-lumiere')!;
    expect(classNoteParts(note, tr).map((p) => p.part)).toEqual(['seed']);
  });
});
