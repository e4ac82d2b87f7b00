import { notFound, permanentRedirect } from "next/navigation";
import { findAuthor } from "@/lib/browse/authors";
import { authorUrl, safeDecode } from "@/lib/site";

/**
 * Where the proxy sends /authors/<name>: finds the author by any form of the
 * name (as printed, or folded: 石建勋 finds 石建勳) and redirects to the
 * author's page; an unknown name is a 404. Rendered per request, never cached.
 */
export const dynamic = "force-dynamic";

export default async function AuthorByName({ params }: { params: Promise<{ name: string }> }) {
  const author = findAuthor(safeDecode((await params).name));
  if (!author) notFound();
  permanentRedirect(authorUrl(author.slug));
}
