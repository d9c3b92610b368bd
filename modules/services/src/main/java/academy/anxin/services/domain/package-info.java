/**
 * The services context's rules, plain Java: an organization's public listing and its verification workflow
 * ({@link academy.anxin.services.domain.Listing}, its checked details {@link academy.anxin.services.domain.ListingDetails}),
 * the unified social credit code ({@link academy.anxin.services.domain.CreditCode}, GB 32100 check character), the
 * administrative division code ({@link academy.anxin.kernel.domain.RegionCode}, GB/T 2260) and the named divisions
 * ({@link academy.anxin.kernel.domain.Regions}), and what the public searches by
 * ({@link academy.anxin.services.domain.DirectoryQuery}, {@link academy.anxin.services.domain.SearchWords}); feedback
 * from the people served: the answer ({@link academy.anxin.services.domain.FeedbackAnswer}), one received
 * ({@link academy.anxin.services.domain.Feedback}, its comment hidden with a reason), the per-client throttle that
 * keeps no address ({@link academy.anxin.services.domain.FeedbackThrottle}) and the sums whose averages are
 * suppressed under five answers ({@link academy.anxin.services.domain.FeedbackTally}).
 */
package academy.anxin.services.domain;
