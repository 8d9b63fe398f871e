// node make-gold.mjs <story dir>: the reader checks' one gold writer (scripts/reader-check/make-gold.mjs), run from this round's folder.
import '../../../scripts/reader-check/make-gold.mjs';
