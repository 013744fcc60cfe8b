import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Sync and reminders arrive with their issues; the background stays idle until then.
});
