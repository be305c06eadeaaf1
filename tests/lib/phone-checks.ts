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
 * Reports a page wider than the viewport, naming the widest elements that stick out on the right (the likely culprits:
 * an element whose parent does not stick out, so each overflow is named once).
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return null;
    const sticksOut = (e: Element) => e.getBoundingClientRect().right > viewport + 0.5;
    // Elements inside their own scrolling container do not widen the page.
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => sticksOut(e) && !clipped(e) && !(e.parentElement && sticksOut(e.parentElement) && e.parentElement !== document.body))
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
