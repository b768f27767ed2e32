export { OutboxPage } from '../../features/outbox/OutboxPage';
