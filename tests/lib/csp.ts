/**
 * The CSP gate, read from the built HTML: each page carries the <meta> policy Astro writes, that policy allows
 * no inline script except by hash, and the page holds nothing the policy would block.
 * (The generated _headers add frame-ancestors, object-src and base-uri: see tests/build/headers.test.ts.)
 */
import { createHash } from 'node:crypto';
import { scanTags, isExecutableScript } from './html.ts';

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

function hashes(content: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map((alg) => `'${alg}-${createHash(alg).update(content, 'utf8').digest('base64')}'`);
}

function allowsInline(sources: readonly string[]): boolean {
  // 'unsafe-inline' is ignored once a hash or nonce is present (CSP level 2+).
  return sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha\d+|nonce)-/.test(s));
}

const short = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

export function checkCsp(html: string): string[] {
  const problems: string[] = [];
  const tags = scanTags(html);
  const metas = tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  const meta = metas[0];
  if (!meta) return ['no <meta http-equiv="content-security-policy">'];
  if (metas.length > 1) problems.push(`${metas.length} CSP <meta> elements (expected one)`);

  // A <meta> policy only covers what comes after it.
  const early = tags.find((t) => t.offset < meta.offset && (t.name === 'script' || t.name === 'style' || (t.name === 'link' && /stylesheet|modulepreload|preload/.test(t.attrs.get('rel') ?? ''))));
  if (early) problems.push(`<${early.name}> comes before the CSP <meta>, which therefore does not cover it`);

  const policy = parsePolicy(meta.attrs.get('content') ?? '');
  const defaultSrc = policy.get('default-src');
  const scriptSrc = policy.get('script-src') ?? defaultSrc ?? [];
  const styleSrc = policy.get('style-src') ?? defaultSrc ?? [];
  if (!defaultSrc?.includes("'self'")) problems.push(`default-src is not 'self' (policy: ${meta.attrs.get('content')})`);
  if (!policy.has('script-src')) problems.push('no script-src directive');
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly needs it)");

  for (const tag of tags) {
    if (tag.name === 'script' && isExecutableScript(tag)) {
      const src = tag.attrs.get('src');
      if (src !== undefined) {
        if (/^(https?:)?\/\//i.test(src)) problems.push(`script from another host: ${src}`);
      } else if (!hashes(tag.text ?? '').some((h) => scriptSrc.includes(h))) {
        problems.push(`inline <script> ${short(tag.text ?? '')} has no matching hash in script-src (its hash: ${hashes(tag.text ?? '')[0]})`);
      }
    }
    if (tag.name === 'style' && !allowsInline(styleSrc) && !hashes(tag.text ?? '').some((h) => styleSrc.includes(h))) {
      problems.push(`inline <style> ${short(tag.text ?? '')} has no matching hash in style-src`);
    }
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) problems.push(`inline event handler <${tag.name} ${name}="${value.slice(0, 40)}">: CSP blocks it; use a script file`);
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in <${tag.name} ${name}>: CSP blocks it`);
      if (name === 'style' && !allowsInline(styleSrc)) problems.push(`style attribute on <${tag.name} style="${value.slice(0, 40)}">: style-src blocks it; use a class`);
    }
  }
  return problems;
}
