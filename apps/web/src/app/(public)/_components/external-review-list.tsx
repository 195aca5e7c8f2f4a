import Link from "next/link";
import { formatDate } from "~/components/format";
import { speakerHref } from "./verdict-list";

export interface ExternalReviewListItem {
  id: string;
  claimReviewed: string;
  speaker: string | null;
  publisherName: string;
  reviewUrl: string;
  ratingLabel: string;
  reviewPublishedAt: Date | null;
  importedBy: string;
}

/**
 * Fact checks by other organisations (imported ClaimReview). Each says whose review it is and links
 * to the original on the publisher's site; their rating is quoted as theirs, never as a badge of ours.
 */
export function ExternalReviewList({ reviews }: { reviews: ExternalReviewListItem[] }) {
  return (
    <ul className="verdict-list">
      {reviews.map((review) => (
        <li key={review.id} className="card card--external" data-testid="external-review">
          <p className="external-label">
            Reviewed by {review.publisherName} <span className="muted">· external fact check</span>
          </p>
          <h3 className="verdict-list__claim">
            <a href={review.reviewUrl} rel="external nofollow noopener noreferrer">
              {review.claimReviewed}
            </a>
          </h3>
          <p className="small">
            {review.publisherName}’s rating: <strong>{review.ratingLabel}</strong>
          </p>
          <p className="muted small">
            {review.speaker ? (
              <>
                <Link href={speakerHref(review.speaker)}>{review.speaker}</Link>
                {" · "}
              </>
            ) : null}
            {review.reviewPublishedAt ? `${formatDate(review.reviewPublishedAt)} · ` : null}
            Listed by {review.importedBy} ·{" "}
            <a href={review.reviewUrl} rel="external nofollow noopener noreferrer">
              read the review on {hostOf(review.reviewUrl)}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
