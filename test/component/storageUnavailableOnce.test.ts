import { configure, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { testServices } from '../unit/app/testServices.ts';
import { memoryRunStore } from '../../src/app/runStore.ts';
import type { AppServices } from '../../src/app/services.ts';
import { sessionCustomerSource } from '../../src/app/sessionCustomerSource.ts';

configure({ asyncUtilTimeout: 10_000 });

// QA robust #9: with IndexedDB refused, « Le stockage du navigateur est indisponible… La partie se joue en mémoire »
// and « Mode sans sauvegarde : … » were stacked on every screen, saying the same thing.
describe('storage unavailable', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });

  const unavailable = Object.assign(new Error('db.unavailable'), { name: 'DbError', code: 'unavailable' });

  it('is said once: the storage fault, not the in-memory notice too', async () => {
    const services: AppServices = {
      ...testServices(),
      storage: Promise.resolve({ store: memoryRunStore(), library: null, customers: sessionCustomerSource, inMemory: true }),
      // as browserServices does: the fault of the opening, given once App listens
      onFault: (listener) => listener(unavailable),
    };
    render(App, { services });
    expect(await screen.findByText(/Le stockage du navigateur est indisponible/)).toBeInTheDocument();
    // App's handler of the opened storage was attached first: it has run once this await returns
    await services.storage;
    await tick();
    expect(screen.queryByText(/Mode sans sauvegarde/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/ne seront pas conservées/)).toHaveLength(1);
  });

  it('still says the game is not kept when storage is in memory with no fault told', async () => {
    const services: AppServices = {
      ...testServices(),
      storage: Promise.resolve({ store: memoryRunStore(), library: null, customers: sessionCustomerSource, inMemory: true }),
    };
    render(App, { services });
    expect(await screen.findByText(/Mode sans sauvegarde/)).toBeInTheDocument();
  });
});
