/** Components available in every MDX file without an import. */
import En from './En.astro';
import Vi from './Vi.astro';
import Term from './Term.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import Value from '../Value.astro';
import Stat from '../Stat.astro';
import Fact from '../Fact.astro';
import LegalDoc from '../LegalDoc.astro';
import Publishers from './Publishers.astro';
import Difference from '../Difference.astro';
import Corrections from './Corrections.astro';
import CriteriaFigure from '../CriteriaFigure.astro';
import SiteOwner from './SiteOwner.astro';
import MergerMap from '../MergerMap.astro';

export const mdxComponents = { a: Link, En, Vi, Term, Cite, Value, Stat, Fact, LegalDoc, Publishers, Difference, Corrections, CriteriaFigure, SiteOwner, MergerMap };
