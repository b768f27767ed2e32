export { default } from '../../features/outbox/OutboxPage';
