import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_CONTENT_MATCHES } from '../../lib/sites.ts';

export default defineContentScript({
  matches: [...DEFAULT_CONTENT_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
