import { type ComponentChildren, createContext, createElement, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackendPathDatabase } from './schema';

const DatabaseContext = createContext<BackendPathDatabase | null>(null);

/** Hands an open database to the hooks below; tests pass a fresh one per test. */
export function DatabaseProvider(props: {
  readonly db: BackendPathDatabase;
  readonly children?: ComponentChildren;
}): VNode<{ value: BackendPathDatabase | null }> {
  return createElement(DatabaseContext.Provider, { value: props.db }, props.children);
}

export function useDatabase(): BackendPathDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it.');
  return db;
}
