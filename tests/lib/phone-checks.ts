/**
 * Phone-first checks for the page sweep (tests/lib/page-gates.ts): the sweep loads each page at PHONE_VIEWPORT,
 * where no page may be wider than the screen, and axe runs there with its target-size rule (WCAG 2.5.8), which
 * axe-core ships disabled and so must be switched on by name.
 */
import type { Page } from 'playwright-core';

/** A small phone, the width the site is designed for first. */
export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;
/** The desktop size of the few pages the sweep also checks wide. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** axe rules to run besides the WCAG tags: target-size is tagged wcag22aa but disabled by default in axe-core. */
export const AXE_EXTRA_RULES = { 'target-size': { enabled: true } } as const;

/**
 * Reports a page wider than the viewport, naming the outermost elements that stick out on the right and are not
 * inside a scrolling container (the likely culprits; each overflow is named once).
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return null;
    const sticksOut = (e: Element) => e.getBoundingClientRect().right > viewport + 0.5;
    // Elements inside their own scrolling container do not widen the page, unless they are positioned against an
    // ancestor outside it (an absolutely positioned label inside a scrolling table escapes the scroll).
    const clipped = (e: Element) => {
      const position = getComputedStyle(e).position;
      let contained = position !== 'absolute' && position !== 'fixed';
      for (let p = e.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (!contained && style.position !== 'static') contained = true;
        if (contained && style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const candidates = new Set([...document.body.querySelectorAll('*')].filter((e) => sticksOut(e) && !clipped(e)));
    const culprits = [...candidates]
      .filter((e) => !(e.parentElement && candidates.has(e.parentElement)))
      .slice(0, 5)
      .map((e) => {
        const id = e.id ? `#${e.id}` : '';
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        return `${e.tagName.toLowerCase()}${id}${cls} (right edge at ${Math.round(e.getBoundingClientRect().right)} px)`;
      });
    return { viewport, scrollWidth, culprits };
  });
  if (!found) return [];
  const where = found.culprits.length ? `: ${found.culprits.join(', ')}` : '';
  return [`page wider than the screen: scrollWidth ${found.scrollWidth} px > ${found.viewport} px viewport${where}`];
}
