import { defineBackground } from 'wxt/utils/define-background';
import { startReminders } from '../utils/reminder-runtime';

export default defineBackground({
  main() {
    startReminders();
  },
});
