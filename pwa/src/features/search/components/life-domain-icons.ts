// One icon per top-level life domain, so the grid can be scanned without reading. Decorative: the
// label always stands next to it.
import {
  Apple,
  Bike,
  Brain,
  Briefcase,
  Euro,
  GraduationCap,
  HandHeart,
  House,
  LifeBuoy,
  MessageCircle,
  Plane,
  Scale,
  Stethoscope,
  Trees,
  Users,
  Circle,
  type LucideIcon,
} from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  'sociale-hulpverlening': HandHeart,
  inkomen: Euro,
  wonen: House,
  werk: Briefcase,
  onderwijs: GraduationCap,
  gezondheid: Stethoscope,
  'geestelijke-gezondheid': Brain,
  welzijn: MessageCircle,
  gezin: Users,
  juridisch: Scale,
  migratie: Plane,
  'voeding-materieel': Apple,
  mobiliteit: Bike,
  'vrije-tijd': Trees,
  crisis: LifeBuoy,
};

export function lifeDomainIcon(code: string): LucideIcon {
  return ICONS[code.split('/')[0]] ?? Circle;
}
