/** Reading and writing question banks in the formats agencies hold: GIFT and Moodle XML. */
package academy.anxin.assessment.infrastructure;
