/**
 * What the knowledge base failed at, as a digest reports it: searches without a good answer, articles marked not
 * helpful and why, declined searches whose closest article was the answer, articles past their review date, and the
 * {@link dev.deskhand.digest.gaps.ReviewSource} port over the knowledge base that supplies reviews and titles.
 *
 * <p>Plain values and one port: depends on the JDK only, never on another digest package; {@code digest} (the
 * model and its source port), {@code store}, {@code slack.digest} and the composition root use it.
 */
package dev.deskhand.digest.gaps;
