/**
 * Copy buttons (embed code, citations, link) and sharing through the Web Share API where the device has it.
 * No third-party scripts: without the API, "share" copies the link instead.
 */
export function enableShareButtons(): void {
  const status = document.querySelector<HTMLElement>('[data-share-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset['copy'] ?? '');
      const text = source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement ? source.value : (source?.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text.trim());
        say(button.dataset['done'] ?? '');
      } catch {
        if (source instanceof HTMLTextAreaElement) source.select();
        say(button.dataset['fail'] ?? '');
      }
    });
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-share-url]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset['shareUrl'] ?? window.location.href;
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch {
          // Cancelled or refused: fall back to copying the link.
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say(button.dataset['done'] ?? '');
      } catch {
        say(button.dataset['fail'] ?? '');
      }
    });
  });
}
