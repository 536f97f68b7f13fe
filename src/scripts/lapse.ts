// Static pages outlive their build: a page saved, cached or printed from before a certificate's expiry
// is opened after it. Past the expiry, every element of the page that carries `data-expires` shows the
// lapse (the rule and the marks: src/lib/lapse-marks.ts).
import { markLapsed } from '~/lib/lapse-marks.ts';

markLapsed(document);
