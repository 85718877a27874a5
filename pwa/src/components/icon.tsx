// Every icon in the app: an SVG from Lucide (ISC licence), imported one by one so the bundle holds
// only the icons in use. Never an emoji: emoji render as empty boxes where no emoji font exists
// (many work phones and the headless Chromium of our tests) and differ per platform.
import type { LucideIcon } from 'lucide-react';

export type { LucideIcon };

interface IconProps {
  icon: LucideIcon;
  /** Pixels; the default follows the text (1.25em). */
  size?: number | string;
  className?: string;
  /** Only for an icon that stands alone and means something; next to a word it is decorative. */
  label?: string;
}

export function Icon({ icon: Glyph, size = '1.25em', className, label }: IconProps) {
  return (
    <Glyph
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      strokeWidth={2}
      focusable="false"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'img' : undefined}
    />
  );
}
