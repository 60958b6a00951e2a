/**
 * The topics `topic="auto"` can choose. The first seven are the directory's; self-harm,
 * eating-disorders, stalking and image-abuse are new with the detector (issue 16).
 */
export const TOPIC_IDS = [
  'child-sexual-abuse',
  'child-abuse',
  'domestic-abuse',
  'sexual-violence',
  'suicide',
  'mental-health',
  'crime',
  'self-harm',
  'eating-disorders',
  'stalking',
  'image-abuse',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
