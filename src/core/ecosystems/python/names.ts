// Package names and group names as Python's tools compare them.
import type { DependencyScope } from '../../types';

/** PEP 503 normalisation: `Foo_Bar.baz` → `foo-bar-baz`. Names are compared only in this form. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

const TEST_WORDS = new Set(['test', 'tests', 'testing']);
const DEV_WORDS = new Set(['dev', 'develop', 'development', 'doc', 'docs', 'lint', 'linting', 'typing']);

/**
 * The scope a group, extra or file name suggests (`requirements-dev.txt`, `[dependency-groups] test`),
 * or `fallback` when its words say nothing.
 */
export function scopeFromName(name: string, fallback: DependencyScope): DependencyScope {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  if (words.some((w) => TEST_WORDS.has(w))) return 'test';
  if (words.some((w) => DEV_WORDS.has(w))) return 'dev';
  return fallback;
}
