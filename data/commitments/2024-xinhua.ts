import type { Commitment } from '../schema.ts';

/**
 * One record per measure or quoted statement in the 2024 Xinhua source (see ../source-2024-xinhua.ts).
 * Summaries are the project's own wording, not quotations; `evidence` is a short key phrase copied
 * exactly from the cited paragraph so the reference can be checked against the article text.
 */
const base = { sourceId: '2024-xinhua', year: 2024 } as const;

export const commitments2024Xinhua: Commitment[] = [
  // ── 依法严惩犯罪，维护社会稳定 (crime and stability) ───────────────────────────────────────
  {
    ...base, id: '2024-xinhua-conference-prominent-crime', agency: 'zhengfa-conference', theme: 'crime', kind: 'measure',
    summary: '从严依法打击突出违法犯罪，健全社会治安整体防控体系。',
    summaryEn: 'Crack down hard, within the law, on prominent crime and build up the overall system for preventing and controlling threats to public order.',
    terms: [], paragraph: 4, evidence: '依法严厉打击突出违法犯罪',
  },
  {
    ...base, id: '2024-xinhua-conference-telecom-fraud', agency: 'zhengfa-conference', theme: 'crime', kind: 'measure',
    summary: '深化对电信网络诈骗犯罪的打击整治：从源头管控，捣毁诈骗窝点。',
    summaryEn: 'Intensify the crackdown on telecom and online fraud: control it at the source and clear out fraud dens.',
    terms: ['telecom-fraud'], paragraph: 5, evidence: '电信网络诈骗犯罪打击整治',
  },
  {
    ...base, id: '2024-xinhua-conference-anti-gang', agency: 'zhengfa-conference', theme: 'crime', kind: 'measure',
    summary: '让扫黑除恶成为常态化的日常工作。',
    summaryEn: 'Make the campaign against organised crime a permanent, routine task.',
    terms: ['anti-gang'], paragraph: 5, evidence: '推进扫黑除恶常态化',
  },
  {
    ...base, id: '2024-xinhua-conference-cross-border-gambling', agency: 'zhengfa-conference', theme: 'crime', kind: 'measure',
    summary: '持续打击治理跨境赌博，并加快推进相关立法。',
    summaryEn: 'Keep fighting cross-border gambling and speed up the related legislation.',
    terms: ['cross-border-gambling'], paragraph: 5, evidence: '继续打击治理跨境赌博',
  },
  {
    ...base, id: '2024-xinhua-mps-fraud-pressure', agency: 'mps', theme: 'crime', kind: 'measure',
    summary: '公安机关对电信网络诈骗保持高压严打，持续开展专项行动。',
    summaryEn: 'Police keep up a high-pressure crackdown on telecom and online fraud, with continuing special campaigns.',
    terms: ['telecom-fraud'], paragraph: 6, evidence: '严打高压态势',
  },
  {
    ...base, id: '2024-xinhua-mps-fraud-cooperation', agency: 'mps', theme: 'crime', kind: 'measure',
    summary: '深化执法合作，加强部门之间的协同配合，合力打击诈骗。',
    summaryEn: 'Deepen law-enforcement cooperation and coordination between departments in fighting fraud.',
    terms: ['telecom-fraud'], paragraph: 6, evidence: '不断加强执法合作',
  },
  {
    ...base, id: '2024-xinhua-mps-fraud-whole-chain', agency: 'mps', theme: 'crime', kind: 'measure',
    summary: '对涉诈犯罪的各个环节实施全链条打击。',
    summaryEn: 'Attack every link in the chain of fraud-related crime.',
    terms: ['telecom-fraud'], paragraph: 6, evidence: '全链条打击涉诈犯罪',
  },
  {
    ...base, id: '2024-xinhua-spp-violent-drug-economic-crime', agency: 'spp', theme: 'crime', kind: 'measure',
    summary: '依法从重惩治严重暴力犯罪、严重经济犯罪以及重大毒品犯罪。',
    summaryEn: 'Punish serious violent crime, major drug crime and serious economic crime severely, according to law.',
    terms: ['violent-crime', 'drug-crime'], paragraph: 7, evidence: '依法严惩严重暴力犯罪',
  },
  {
    ...base, id: '2024-xinhua-spp-gang-case-review', agency: 'spp', theme: 'crime', kind: 'measure',
    summary: '专项督导各地落实涉黑涉恶案件统一把关制度的情况。',
    summaryEn: 'Run special inspections of how the unified review of gang-related cases is being applied.',
    terms: ['anti-gang'], paragraph: 7, evidence: '涉黑涉恶案件统一把关',
  },
  {
    ...base, id: '2024-xinhua-spp-work-safety', agency: 'spp', theme: 'crime', kind: 'measure',
    summary: '投入安全生产风险的专项整治，依法追究重大责任事故和危险作业类犯罪。',
    summaryEn: 'Join the special clean-up of work-safety risks and prosecute major liability accidents, dangerous operations and similar crimes.',
    terms: ['work-safety'], paragraph: 7, evidence: '安全生产风险专项整治',
  },
  {
    ...base, id: '2024-xinhua-spc-grave-crime', agency: 'spc', theme: 'crime', kind: 'measure',
    summary: '对危害国家安全犯罪、暴恐犯罪、重大恶性案件和黑社会性质组织犯罪坚决从严惩处。',
    summaryEn: 'Punish firmly crimes endangering national security, violent terrorism, heinous crimes and organised-crime groups.',
    terms: ['national-security', 'terrorism', 'anti-gang'], paragraph: 8, evidence: '危害国家安全、暴力恐怖',
  },
  {
    ...base, id: '2024-xinhua-spc-leniency-severity', agency: 'spc', theme: 'crime', kind: 'measure',
    summary: '贯彻宽严相济刑事政策，该严则严、当宽则宽。',
    summaryEn: 'Apply the criminal policy of balancing leniency and severity: strict where warranted, lenient where possible.',
    terms: ['leniency-severity'], paragraph: 8, evidence: '落实宽严相济刑事政策',
  },
  {
    ...base, id: '2024-xinhua-spc-minor-offences', agency: 'spc', theme: 'crime', kind: 'measure',
    summary: '继续推进对轻微犯罪的综合治理。',
    summaryEn: 'Keep improving how minor offences are handled and governed.',
    terms: ['minor-offences'], paragraph: 8, evidence: '持续推进轻微犯罪治理',
  },
  {
    ...base, id: '2024-xinhua-conference-dispute-prevention', agency: 'zhengfa-conference', theme: 'crime', kind: 'measure',
    summary: '以预防为先、调解为主，统筹用好信访、调解和诉讼，把矛盾纠纷化解在前端。',
    summaryEn: 'Put prevention and mediation first, and combine petitions, mediation and litigation to prevent and settle disputes early.',
    terms: ['petitions', 'dispute-resolution'], paragraph: 9, evidence: '预防在前、调解优先',
  },
  {
    ...base, id: '2024-xinhua-statement-ma-dingzhu', agency: 'zhengfa-organs', theme: 'crime', kind: 'statement',
    summary: '坚持并发展新时代“枫桥经验”，加强社会治安综合治理，全面推进信访工作法治化，让矛盾纠纷的预防化解更加法治化。',
    summaryEn: 'Uphold and develop the “Fengqiao experience”, strengthen comprehensive public-security management, put petition work fully on a legal footing, and prevent and resolve disputes more by law.',
    terms: ['fengqiao', 'public-security-governance', 'petitions', 'dispute-resolution'],
    speaker: {
      name: '马顶柱',
      title: '陕西省委政法委员会政治工作部主任',
      titleEn: 'Director of the Political Work Department, Shaanxi Provincial Political-Legal Affairs Commission',
    },
    paragraph: 10, evidence: '信访工作法治化',
  },
  // ── 聚焦『急难愁盼』，破解民生难点 (livelihoods) ───────────────────────────────────────────
  {
    ...base, id: '2024-xinhua-organs-justice-for-people', agency: 'zhengfa-organs', theme: 'livelihood', kind: 'measure',
    summary: '各政法机关把司法为民列为2024年工作重点，着力解决群众最关心的急事难事。',
    summaryEn: 'All political-legal organs make justice for the people a 2024 priority and tackle the public’s most pressing worries.',
    terms: [], paragraph: 12, evidence: '贯彻司法为民',
  },
  {
    ...base, id: '2024-xinhua-mps-kunlun', agency: 'mps', theme: 'livelihood', kind: 'measure',
    summary: '以治理环境污染为切入点，继续深入开展“昆仑”等专项打击行动。',
    summaryEn: 'With environmental pollution as the focus, press on with the “Kunlun” campaign and other special crackdowns.',
    terms: ['kunlun', 'environmental-pollution'], paragraph: 13, evidence: '“昆仑”等各项专项打击行动',
  },
  {
    ...base, id: '2024-xinhua-mps-pollution-battles', agency: 'mps', theme: 'livelihood', kind: 'measure',
    summary: '联合有关部门按领域深化打击与治理、形成震慑，助力打赢蓝天、碧水、净土保卫战。',
    summaryEn: 'Work with other departments field by field to crack down, govern and deter, helping win the battles for blue skies, clear water and clean soil.',
    terms: ['pollution-battles', 'environmental-pollution'], paragraph: 13, evidence: '净土保卫战',
  },
  {
    ...base, id: '2024-xinhua-spp-online-food-safety', agency: 'spp', theme: 'livelihood', kind: 'measure',
    summary: '对直播带货、社区团购、网络营销等新兴业态中的食品安全问题开展专项检察监督。',
    summaryEn: 'Run special procuratorial oversight of food safety in new retail formats such as livestream selling, community group buying and online marketing.',
    terms: ['livestream-sales', 'community-group-buying', 'food-safety'], paragraph: 14, evidence: '新业态涉食品安全问题',
  },
  {
    ...base, id: '2024-xinhua-spp-workers-rights', agency: 'spp', theme: 'livelihood', kind: 'measure',
    summary: '加强对劳动者权益的保障，尤其是灵活就业人员和新就业形态劳动者。',
    summaryEn: 'Better protect workers’ rights, especially those of flexible workers and people in new forms of employment.',
    terms: ['flexible-employment', 'new-forms-employment'], paragraph: 14, evidence: '灵活就业和新就业形态',
  },
  {
    ...base, id: '2024-xinhua-spp-wage-arrears', agency: 'spp', theme: 'livelihood', kind: 'measure',
    summary: '依法追究恶意欠薪的刑事责任。',
    summaryEn: 'Prosecute malicious wage arrears as crimes.',
    terms: ['wage-arrears'], paragraph: 14, evidence: '依法惩治恶意欠薪犯罪',
  },
  {
    ...base, id: '2024-xinhua-spp-road-safety', agency: 'spp', theme: 'livelihood', kind: 'measure',
    summary: '深化对道路交通安全与运输执法领域的检察监督。',
    summaryEn: 'Deepen procuratorial oversight of road traffic safety and transport law enforcement.',
    terms: ['road-safety'], paragraph: 14, evidence: '道路交通安全和运输执法',
  },
  {
    ...base, id: '2024-xinhua-spp-insurance-elderly-fraud', agency: 'spp', theme: 'livelihood', kind: 'measure',
    summary: '会同有关部门整治医保领域的欺诈骗保以及针对老年人的养老诈骗。',
    summaryEn: 'Work with other departments against medical-insurance fraud and scams that target the elderly.',
    terms: ['insurance-fraud', 'elderly-fraud'], paragraph: 14, evidence: '欺诈骗保、养老诈骗',
  },
  {
    ...base, id: '2024-xinhua-spc-small-cases', agency: 'spc', theme: 'livelihood', kind: 'measure',
    summary: '用心办好涉及教育、就业、医疗、住房、养老、婚姻家庭、环保、食品药品安全、安全生产等群众切身利益的“小案”。',
    summaryEn: 'Handle with care the “small cases” that touch people’s daily lives: education, jobs, health care, housing, old age, family, environment, work safety, food and drug safety.',
    terms: ['food-safety', 'work-safety'], paragraph: 15, evidence: '关系民心向背的“小案”',
  },
  {
    ...base, id: '2024-xinhua-spc-minors', agency: 'spc', theme: 'livelihood', kind: 'measure',
    summary: '在各方面加强对未成年人的司法保护。',
    summaryEn: 'Strengthen judicial protection of minors in every respect.',
    terms: ['minors-protection'], paragraph: 15, evidence: '未成年人司法保护',
  },
  {
    ...base, id: '2024-xinhua-moj-enforcement-oversight-system', agency: 'moj', theme: 'livelihood', kind: 'measure',
    summary: '针对群众反映强烈的执法问题，加快建设行政执法协调监督工作体系，年底前基本覆盖省市县乡四级。',
    summaryEn: 'Responding to public complaints about law enforcement, build a system to coordinate and oversee administrative law enforcement, covering all four levels by the end of the year.',
    terms: ['administrative-enforcement'],
    targets: [
      {
        text: '基本建成覆盖省、市、县、乡四级的行政执法协调监督工作体系',
        textEn: 'A coordination and oversight system for administrative law enforcement basically in place at province, city, county and township level',
        deadline: '2024-12-31',
      },
    ],
    paragraph: 16, evidence: '四级全覆盖',
  },
  {
    ...base, id: '2024-xinhua-moj-enforcement-quality-plan', agency: 'moj', theme: 'livelihood', kind: 'measure',
    summary: '深入落实提升行政执法质量的三年行动计划，推动执法严格、规范、公正、文明。',
    summaryEn: 'Carry out the three-year action plan to raise the quality of administrative law enforcement, making it strict, regulated, fair and civil.',
    terms: ['administrative-enforcement'], paragraph: 16, evidence: '提升行政执法质量三年行动计划',
  },
  {
    ...base, id: '2024-xinhua-statement-xu-xiangchun', agency: 'spp', theme: 'livelihood', kind: 'statement',
    summary: '在生态环境资源、食品药品安全等传统领域把公益诉讼检察做深做细、细化办案规范；在特定群体权益保障、文物和文化遗产保护等新领域做实做强，回应群众对公益保护的更高期待。',
    summaryEn: 'Deepen public-interest litigation in traditional fields such as the environment, resources, food and drug safety, with finer case-handling rules, and build it up in new fields such as cultural heritage and the rights of specific groups.',
    terms: ['public-interest-litigation', 'food-safety', 'cultural-heritage'],
    speaker: {
      name: '徐向春',
      title: '最高人民检察院第八检察厅厅长',
      titleEn: "Director-General of the Eighth Procuratorial Department, Supreme People's Procuratorate",
    },
    paragraph: 17, evidence: '最高检第八检察厅厅长徐向春',
  },
  // ── 优化营商环境，保障高质量发展 (business environment) ─────────────────────────────────────
  {
    ...base, id: '2024-xinhua-conference-business-environment', agency: 'zhengfa-conference', theme: 'business', kind: 'measure',
    summary: '政法机关围绕经济建设和高质量发展履职，以高水平安全为高质量发展保驾护航，营造法治化营商环境。',
    summaryEn: 'Political-legal organs serve economic development and high-quality growth, safeguarding it with a high level of security and a law-based business environment.',
    terms: ['business-environment'], paragraph: 19, evidence: '以高水平安全保障高质量发展',
  },
  {
    ...base, id: '2024-xinhua-spp-case-filing-oversight', agency: 'spp', theme: 'business', kind: 'measure',
    summary: '强化对涉企案件和经济犯罪案件立案环节的监督。',
    summaryEn: 'Tighten oversight of whether cases involving enterprises and economic crimes are opened properly.',
    terms: ['enterprise-cases'], paragraph: 21, evidence: '加强对涉企案件',
  },
  {
    ...base, id: '2024-xinhua-spp-criminal-civil-line', agency: 'spp', theme: 'business', kind: 'measure',
    summary: '在刑民交叉案件中准确划清罪与非罪。',
    summaryEn: 'Draw the line between crime and non-crime accurately in cases straddling criminal and civil law.',
    terms: ['criminal-civil-overlap'], paragraph: 21, evidence: '刑民交叉案件罪与非罪界限',
  },
  {
    ...base, id: '2024-xinhua-spp-criminal-means-in-disputes', agency: 'spp', theme: 'business', kind: 'measure',
    summary: '监督借刑事手段干预民事和经济纠纷的做法。',
    summaryEn: 'Check the use of criminal procedures to interfere in civil and economic disputes.',
    terms: ['economic-disputes'], paragraph: 21, evidence: '利用刑事手段插手民事',
  },
  {
    ...base, id: '2024-xinhua-spp-private-economy', agency: 'spp', theme: 'business', kind: 'measure',
    summary: '落实支持民营经济发展壮大的检察政策，惩治和预防民营企业关键岗位人员损害企业利益的犯罪。',
    summaryEn: 'Apply procuratorial policies that support the private economy, and punish and prevent crimes by key staff that harm their private companies.',
    terms: ['private-economy'], paragraph: 21, evidence: '推动民营经济发展壮大',
  },
  {
    ...base, id: '2024-xinhua-spp-enterprise-civil-judgments', agency: 'spp', theme: 'business', kind: 'measure',
    summary: '加大对涉及企业的已生效民事裁判及执行案件的监督。',
    summaryEn: 'Step up oversight of final civil judgments and enforcement cases involving enterprises.',
    terms: ['enterprise-cases'], paragraph: 21, evidence: '涉企民事生效裁判和执行案件',
  },
  {
    ...base, id: '2024-xinhua-spc-intellectual-property', agency: 'spc', theme: 'business', kind: 'measure',
    summary: '强化知识产权司法保护，从严惩治恶意侵权。',
    summaryEn: 'Strengthen judicial protection of intellectual property and punish malicious infringement harder.',
    terms: ['intellectual-property', 'malicious-infringement'], paragraph: 22, evidence: '知识产权司法保护',
  },
  {
    ...base, id: '2024-xinhua-spc-corporate-compliance', agency: 'spc', theme: 'business', kind: 'measure',
    summary: '创新合规监管机制，探索建立具有中国特色的现代企业合规司法制度。',
    summaryEn: 'Innovate compliance supervision and explore a modern judicial system of corporate compliance with Chinese characteristics.',
    terms: ['corporate-compliance'], paragraph: 22, evidence: '企业合规司法制度',
  },
  {
    ...base, id: '2024-xinhua-spc-typical-cases', agency: 'spc', theme: 'business', kind: 'measure',
    summary: '围绕防止把经济纠纷当作刑事犯罪处理、拓宽民营企业融资、督促行政机关守信、审慎包容透明监管和善意文明执行，发掘更多典型案例。',
    summaryEn: 'Publish more model cases on not treating economic disputes as crimes, widening private firms’ access to finance, holding government to its promises, prudent and transparent regulation, and fair enforcement.',
    terms: ['economic-disputes', 'private-economy'], paragraph: 22, evidence: '加大典型案例挖掘',
  },
  {
    ...base, id: '2024-xinhua-moj-legislation-supply', agency: 'moj', theme: 'business', kind: 'measure',
    summary: '围绕中国式现代化的立法需要，增加重点领域和新兴领域的法律法规供给。',
    summaryEn: 'Supply more laws and regulations in key and emerging fields, as Chinese-style modernisation requires.',
    terms: [], paragraph: 23, evidence: '新兴领域法律法规供给',
  },
  {
    ...base, id: '2024-xinhua-moj-key-legislation-finance', agency: 'moj', theme: 'business', kind: 'measure',
    summary: '加快推进重点立法项目以服务高质量发展，并全面强化金融领域法治建设。',
    summaryEn: 'Speed up key legislative projects for high-quality growth and strengthen the rule of law in finance across the board.',
    terms: ['financial-rule-of-law'], paragraph: 23, evidence: '全面加强金融法治建设',
  },
  {
    ...base, id: '2024-xinhua-moj-law-cleanup', agency: 'moj', theme: 'business', kind: 'measure',
    summary: '立、改、废、释并举，有序清理现行法律法规。',
    summaryEn: 'Draft, amend, repeal and interpret in step, and review existing laws and regulations in an orderly way.',
    terms: [], paragraph: 23, evidence: '有序推进法律法规清理',
  },
  {
    ...base, id: '2024-xinhua-statement-he-fan', agency: 'spc', theme: 'business', kind: 'statement',
    summary: '人民法院以统一裁判尺度助力全国统一大市场；用好提级管辖和再审提审机制，以典型个案传递司法政策；对恶意侵权敢于、善于适用惩罚性赔偿。',
    summaryEn: 'Courts will support a unified national market through consistent rulings, use elevated jurisdiction and retrial by higher courts to signal judicial policy through model cases, and apply punitive damages boldly and skilfully to malicious infringement.',
    terms: ['unified-market', 'elevated-jurisdiction', 'retrial-by-higher-court', 'punitive-damages', 'malicious-infringement'],
    speaker: {
      name: '何帆',
      title: '最高人民法院研究室副主任',
      titleEn: "Deputy Director of the Research Office, Supreme People's Court",
    },
    paragraph: 24, evidence: '最高法研究室副主任何帆',
  },
  // ── 维护公平正义，优化司法服务 (justice and legal services) ───────────────────────────────
  {
    ...base, id: '2024-xinhua-conference-fairness', agency: 'zhengfa-conference', theme: 'justice', kind: 'measure',
    summary: '保障和促进社会公平正义，建设更高水平的法治中国。',
    summaryEn: 'Safeguard and promote social fairness and justice, and build a higher-level rule of law in China.',
    terms: [], paragraph: 26, evidence: '努力建设更高水平的法治中国',
  },
  {
    ...base, id: '2024-xinhua-spp-quality-case-handling', agency: 'spp', theme: 'justice', kind: 'measure',
    summary: '以“高质效办好每一个案件”为检察办案的基本价值追求，实体与程序并重，让办案质量、效率和效果统一于公平正义。',
    summaryEn: 'Make handling every case with high quality and efficiency the basic value of procuratorial work, in substance and procedure alike.',
    terms: ['quality-case-handling'], paragraph: 27, evidence: '高质效办好每一个案件',
  },
  {
    ...base, id: '2024-xinhua-spc-judicial-reform', agency: 'spc', theme: 'justice', kind: 'measure',
    summary: '深入落实司法改革，全面提高审判工作的质量与效率。',
    summaryEn: 'Carry judicial reform deeper and raise the quality and efficiency of trials across the board.',
    terms: ['judicial-reform'], paragraph: 28, evidence: '抓深抓实司法改革',
  },
  {
    ...base, id: '2024-xinhua-spc-court-management', agency: 'spc', theme: 'justice', kind: 'measure',
    summary: '统筹案件管理、政治建设、全员考核和审判监督指导，压实管理与审判两项责任。',
    summaryEn: 'Advance political building, case management, trial supervision and staff assessment together, and hold managers and judges to their responsibilities.',
    terms: ['trial-management'], paragraph: 28, evidence: '压紧压实管理责任',
  },
  {
    ...base, id: '2024-xinhua-spc-digital-trial-management', agency: 'spc', theme: 'justice', kind: 'measure',
    summary: '用数据和信息化手段提升审判管理，推动审判工作现代化。',
    summaryEn: 'Use data and IT to improve trial management and modernise court work.',
    terms: ['trial-management'], paragraph: 28, evidence: '数据化信息化赋能审判管理',
  },
  {
    ...base, id: '2024-xinhua-moj-legal-services-quality', agency: 'moj', theme: 'justice', kind: 'measure',
    summary: '提高公共法律服务的质量与公信力，均衡配置城乡法律服务资源。',
    summaryEn: 'Raise the quality and credibility of public legal services and balance resources between town and country.',
    terms: ['public-legal-services'], paragraph: 29, evidence: '公共法律服务质量',
  },
  {
    ...base, id: '2024-xinhua-moj-notary-reform', agency: 'moj', theme: 'justice', kind: 'measure',
    summary: '稳步推进公证体制改革。',
    summaryEn: 'Reform the notary system steadily.',
    terms: ['notarisation'], paragraph: 29, evidence: '稳妥推进公证体制改革',
  },
  {
    ...base, id: '2024-xinhua-moj-one-visit-notary', agency: 'moj', theme: 'justice', kind: 'measure',
    summary: '扩大“最多跑一次”可办的公证事项。',
    summaryEn: 'Widen the range of notarial matters that need at most one visit.',
    terms: ['one-visit', 'notarisation'], paragraph: 29, evidence: '“最多跑一次”公证事项',
  },
  {
    ...base, id: '2024-xinhua-moj-forensic-centres', agency: 'moj', theme: 'justice', kind: 'measure',
    summary: '建设国家级和区域性司法鉴定中心，提高鉴定质量。',
    summaryEn: 'Build national and regional forensic appraisal centres and raise the quality of appraisals.',
    terms: ['forensic-appraisal'], paragraph: 29, evidence: '司法鉴定中心建设',
  },
  {
    ...base, id: '2024-xinhua-moj-arbitration', agency: 'moj', theme: 'justice', kind: 'measure',
    summary: '加强仲裁行业管理，增强仲裁公信力。',
    summaryEn: 'Regulate the arbitration sector more closely and make arbitration more credible.',
    terms: ['arbitration'], paragraph: 29, evidence: '强化仲裁行业管理',
  },
  {
    ...base, id: '2024-xinhua-statement-yang-xiangbin', agency: 'moj', theme: 'justice', kind: 'statement',
    summary: '发挥约60万个线下公共法律服务平台及热线、网络渠道的作用，开展“法援惠民生”活动、扩大法律援助覆盖面，推动公证减证、便民、提速，让公共法律服务更可感、可及、可信。',
    summaryEn: 'Make full use of nearly 600,000 public legal service centres plus hotlines and online services, widen legal aid through the “legal aid for livelihoods” campaign, and make notarisation need fewer documents, be more convenient and faster.',
    terms: ['public-legal-services', 'legal-aid', 'notarisation'],
    targets: [
      {
        text: '用好近60万个线下公共法律服务平台及热线、网络服务',
        textEn: 'Put nearly 600,000 public legal service centres, plus hotline and online platforms, to full use',
      },
      { text: '扩大法律援助覆盖面', textEn: 'Extend legal aid to more people' },
    ],
    speaker: {
      name: '杨向斌',
      title: '司法部公共法律服务管理局局长',
      titleEn: 'Director-General of the Public Legal Services Administration, Ministry of Justice',
    },
    paragraph: 30, evidence: '近60万个公共法律服务实体平台',
  },
];
