// Placeholder until the PWA issue lands: shows that the API answers and what it holds.
import { useEffect, useState } from 'react';

interface Counts {
  services: number;
  organizations: number;
  districts: number;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function fetchCounts(): Promise<Counts> {
  const [services, organizations, districts] = await Promise.all([
    json<{ total: number }>('/api/v1/services?pageSize=1'),
    json<{ total: number }>('/api/v1/organizations?pageSize=1'),
    json<{ features: unknown[] }>('/api/v1/districts'),
  ]);
  return { services: services.total, organizations: organizations.total, districts: districts.features.length };
}

export function App() {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchCounts().then(setCounts, (e: Error) => setError(e.message));
  }, []);

  return (
    <main>
      <h1>Sociale Kaart Antwerpen</h1>
      <p role="note" className="demo-notice">
        Demo: de organisaties en diensten op deze kaart zijn fictief.
      </p>
      {error && <p role="alert">De gegevens konden niet geladen worden ({error}).</p>}
      {counts ? (
        <p data-testid="counts">
          {counts.services} diensten van {counts.organizations} organisaties in {counts.districts} districten.
        </p>
      ) : (
        !error && <p>Laden…</p>
      )}
      <p>
        De zoekapp volgt. Intussen: <a href="/api/docs">de API-documentatie</a>.
      </p>
    </main>
  );
}
