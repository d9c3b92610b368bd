package academy.anxin.services.domain;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.practice.domain.Population;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words a listing is found by on the directory's search, beyond its names: for each population served,
 * accessibility feature and kind of organization, what people type in Chinese and in English, with the common
 * near-words ("哀伤" as well as "丧亲", "grief" as well as "bereaved"). These are search words, not the pages'
 * labels (web's message bundles hold those); a unit test keeps every value of the vocabularies covered.
 */
public final class SearchWords {

    /** Chinese words, then English words. */
    public record Words(String zh, String en) {
    }

    public static final Map<Population, Words> POPULATIONS = new EnumMap<>(Map.of(
            Population.GENERAL_PUBLIC, new Words("普通公众 居民 市民", "general public residents everyone"),
            Population.DISABILITY, new Words("残障人士 残疾人 残障", "people with disabilities disability disabled"),
            Population.DISASTER_OR_EPIDEMIC, new Words("受灾害或疫情影响者 灾害 疫情 隔离",
                    "disaster epidemic quarantine affected"),
            Population.YOUTH, new Words("青少年 学生 儿童", "youth young people students children"),
            Population.OLDER_ADULTS, new Words("老年人 老人", "older adults elderly"),
            Population.BEREAVED, new Words("丧亲者 哀伤 丧亲", "bereaved bereavement grief loss"),
            Population.FRONTLINE_WORKERS, new Words("一线工作者 医护人员 医务人员", "frontline workers medical staff")));

    public static final Map<Accessibility, Words> ACCESSIBILITY = new EnumMap<>(Map.of(
            Accessibility.SIGN_LANGUAGE, new Words("手语服务 手语", "sign language"),
            Accessibility.TEXT_CONTACT, new Words("文字联系 聋人 听障", "text contact deaf hard of hearing"),
            Accessibility.EASY_READ, new Words("易读材料 易读", "easy read"),
            Accessibility.STEP_FREE, new Words("无障碍通行 无障碍 轮椅", "step-free wheelchair access")));

    public static final Map<OrganizationKind, Words> KINDS = new EnumMap<>(Map.of(
            OrganizationKind.HOTLINE, new Words("心理援助热线 热线", "psychological aid hotline helpline"),
            OrganizationKind.COMMUNITY_SITE, new Words("社区站点 安心小屋 社区", "community site"),
            OrganizationKind.NGO, new Words("社会组织 公益", "NGO non-profit"),
            OrganizationKind.HOSPITAL, new Words("医院 医疗机构", "hospital medical"),
            OrganizationKind.SCHOOL, new Words("学校", "school")));

    private SearchWords() {
    }
}
