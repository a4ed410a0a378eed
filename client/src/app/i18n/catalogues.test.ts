import { describe, expect, it } from 'vitest';
import { en } from './en';
import { i18n, lazyNamespaces } from './index';
import { applications } from './ja/applications';
import { common } from './ja/common';
import { forgotPassword } from './ja/forgotPassword';
import { guarantee } from './ja/guarantee';
import { login } from './ja/login';
import { register } from './ja/register';
import { setPassword } from './ja/setPassword';
import { signedIn } from './ja/signedIn';
import { verification } from './ja/verification';
import type { Catalogue } from './messages';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, message]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces: Catalogue = { common, login, setPassword, forgotPassword, register, verification, guarantee, applications, signedIn };

describe('message catalogues', () => {
  const jaLeaves = new Map(Object.values(namespaces).flatMap((tree: Tree) => leaves(tree)));
  const enLeaves = new Map(leaves(en));

  it('have the same keys in Japanese and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it('have no empty message', () => {
    const empty = [...jaLeaves, ...enLeaves].filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of jaLeaves) {
      expect({ key, placeholders: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(message) });
    }
  });

  it('keep Japanese out of the English catalogue, except the switch back to Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const leaking = [...enLeaves].filter(([key, message]) => key !== 'language.switchTo' && japanese.test(message));
    expect(leaking).toEqual([]);
  });

  it('keep every key in one namespace only', () => {
    const all = Object.values(namespaces).flatMap((tree: Tree) => leaves(tree).map(([key]) => key));
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
  });

  it('load every namespace on demand, with the same keys in English', () => {
    expect([...lazyNamespaces].sort()).toEqual(
      Object.keys(namespaces)
        .filter((ns) => ns !== 'common')
        .sort(),
    );
    for (const [namespace, tree] of Object.entries(namespaces)) {
      const keys = leaves(tree).map(([key]) => key);
      expect({ namespace, ja: keys }).toEqual({
        namespace,
        ja: leaves(i18n.getResourceBundle('ja', namespace) as Tree).map(([key]) => key),
      });
      expect({ namespace, en: keys }).toEqual({
        namespace,
        en: leaves(i18n.getResourceBundle('en', namespace) as Tree).map(([key]) => key),
      });
    }
  });
});
