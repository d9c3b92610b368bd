/**
 * The learning context's use cases, the only way in from pages and resources: importing content
 * ({@link academy.anxin.learning.application.ContentImport}), the catalog
 * ({@link academy.anxin.learning.application.Catalog}) and a volunteer's study
 * ({@link academy.anxin.learning.application.Study}), and for reports the completion funnel
 * ({@link academy.anxin.learning.application.LearningFigures}). They return views, never entities.
 */
package academy.anxin.learning.application;
