import { defineBackground } from 'wxt/utils/define-background';
import { startReminders } from '../utils/reminder/runtime';
import { startSync } from '../utils/sync/runtime';

export default defineBackground({
  main() {
    startReminders();
    startSync();
  },
});
