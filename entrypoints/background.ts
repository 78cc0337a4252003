import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Message routing, badge and context menu are registered in lib-free glue modules (issue 6).
});
