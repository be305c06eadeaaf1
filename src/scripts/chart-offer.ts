/**
 * The "interactive chart" offer shared by every chart island: the button (touch, keyboard) or a mouse over the
 * picture starts `upgrade`, once. Kept apart from the islands so that a page loads only the drawing code it needs.
 */
export function offerUpgrade(figure: HTMLElement, upgrade: (figure: HTMLElement) => Promise<void>): void {
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-activate]');
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  if (!button || !frame) return;
  // A disabled button means the chart is loading: one upgrade at a time.
  const start = async (fromButton: boolean) => {
    if (button.disabled) return;
    button.disabled = true;
    try {
      await upgrade(figure);
    } catch (error) {
      // The image and table stay; let the reader try again.
      button.disabled = false;
      throw error;
    }
    button.remove();
    // The button is gone: keep keyboard and screen-reader users at the chart they asked for.
    if (fromButton) {
      const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
      canvas?.setAttribute('tabindex', '-1');
      canvas?.focus();
    }
  };
  button.hidden = false;
  button.addEventListener('click', () => void start(true));
  frame.addEventListener('pointerenter', (e) => {
    if (e.pointerType === 'mouse') void start(false);
  });
}

/** Offers the upgrade on every figure matching `selector` not offered yet. */
export function offerUpgrades(selector: string, upgrade: (figure: HTMLElement) => Promise<void>): void {
  document.querySelectorAll<HTMLElement>(`${selector}:not([data-chart-offered])`).forEach((figure) => {
    figure.dataset['chartOffered'] = 'true';
    offerUpgrade(figure, upgrade);
  });
}
