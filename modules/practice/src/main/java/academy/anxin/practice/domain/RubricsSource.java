package academy.anxin.practice.domain;

/** Where the rubrics come from (the content folder, or the copy bundled in the build); read by infrastructure. */
public interface RubricsSource {

    Rubrics read();
}
