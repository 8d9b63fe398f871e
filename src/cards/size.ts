/** Share card size in pixels: what Open Graph and Twitter's large cards display best (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
