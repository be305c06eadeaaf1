/** Components available in every MDX file without an import. */
import En from './En.astro';
import Vi from './Vi.astro';
import Term from './Term.astro';

export const mdxComponents = { En, Vi, Term };
