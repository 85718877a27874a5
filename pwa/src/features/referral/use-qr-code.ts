// A QR code of a link, as an SVG data URL (sharp at any print size, no canvas needed).
import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';

export function useQrCode(text: string) {
  return useQuery({
    queryKey: ['qr', text],
    queryFn: async () => {
      const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    staleTime: Infinity,
  });
}
