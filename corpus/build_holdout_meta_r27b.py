"""Round 27b meta hold-out: a second fresh batch of CRUD_RAG lines, gold written blind (before the extractor ran
on them), after round 27's first batch had been fixed.

Run from the repository root: writes corpus/holdout_meta_r27b.jsonl and .gold.jsonl.  Each text is one physical
line with its `<date>，正文：` prefix dropped; "abridged" = middle sentences dropped, the opening and the closing kept
verbatim (meta lives at the head and the tail); "padding shortened" = a run of more than two padding spaces
shortened to two.  Part files and offsets no meta round used: part 7_2 near 300,000-316,000 (搜狐 reposts of 8-11
Aug 2023: Guangdong, Beijing, Yunnan, Shandong, Zhejiang, Shanghai, Ningxia, Hunan police, court and district
items closing `来源：某某`), part 11_3 near 900,000-916,000 (搜狐 reposts of 5-6 Aug 2023 with padded headers: the
Shandong 平原 earthquake, the Chengdu Universiade, 人民网 and 中新网/中新社 datelines, a provincial paper's
`来源：` header, an embassy's account).
The gold follows fit's practice as round 27's first batch (corpus/build_holdout_meta_r27.py) states it; a photo
credit naming its outlet (`新华社记者 某某 摄`) names the source where no dateline or label does (round 25c's
m25c-31); `本报讯` names none; reporters in order of first mention, captions' photographers included.
29 were collected (m27b-01 to m27b-29); `/work/tools/not_seen.py` flagged 13, dropped unscored and left out here
(m27b-01-04, 07, 11, 14-16, 21, 25-27: lines rounds 4, 24 and 3's sets, the officials and programmes sets and train
hold); 16 remain, 26 meta fields.
Split A (errors read, classes fixed) / B (scored only before the first fix and after the last) by
random.Random(2728) over the sorted ids of the 16, one third to B.
"""

# the rows, the split and the files as round 16's builder makes them (its folder is on sys.path when run as a script)
from build_holdout_meta_r16 import meta_pair, split, write

P72 = "IAAR-Shanghai/CRUD_RAG@34c93030f5a3f0b3153fb55a5b5da09ac2ae2bf0 data/80000_docs/documents_dup_part_7_part_2"
P113 = "IAAR-Shanghai/CRUD_RAG@34c93030f5a3f0b3153fb55a5b5da09ac2ae2bf0 data/80000_docs/documents_dup_part_11_part_3"
SOHU = "返回搜狐，查看更多责任编辑："
PAD_SOHU = "返回搜狐，查看更多  责任编辑："
R = []


def add(*args, **kwargs):
    R.append(meta_pair(*args, **kwargs))


# --- documents_dup_part_7_part_2, near character offset 300,000-316,000 (搜狐 reposts of 8-11 Aug 2023)
add("m27b-05", P72, "line prefixed 2023-08-10 10:06 (the 蒙阴 one), abridged",
    "原标题：临沂又一“熊孩子”干了这件事……近日蒙阴县一名“熊孩子”长期使用家长手机给游戏充值直到家长用钱时才发现微信钱包里的钱不见了！近日，蒙阴县公安局联城派出所接陈女士报警求助，称其在购物付款时发现自己微信零钱包里的10000多元不翼而飞。同时家长要严密设置、看管好手机锁屏和支付密码，并不时更换密码，防止孩子在家长不知情的情况下用手机消费。转自 蒙阴公安来源：平安临沂" + SOHU,
    source="平安临沂")
add("m27b-06", P72, "line prefixed 2023-08-10 10:06 (the 岱山 one), abridged",
    "原标题：收体检费的“班主任”落网！孩子的班主任在群里收体检费，家长没多想就交了钱，想不到，班主任是骗子假冒的，到底是怎么回事？近日，舟山岱山县发生一起诈骗分子进入学校新生钉钉群，以冒充老师的方式进行诈骗的案子。3.核实与老师通话或面对面学校收费一般不会紧急到要马上完成，家长和学生看到有“老师”发布收费信息时不要急着缴费，务必第一时间通过电话联系或者面对面的方式与班主任本人核实信息真伪，避免被骗。供稿：舟山公安来源：浙江公安" + SOHU,
    source="浙江公安")
add("m27b-08", P72, "line prefixed 2023-08-10 09:57, abridged",
    "原标题：明星行程信息被标价出售，获刑8人中5人是高铁站员工5名高铁站员工为谋取暴利，竟将演艺明星的高铁行程等个人信息出售，林某等3人则将这些信息加价转售，共获利56万多元！法官提醒，负有接触、收集、处理个人身份信息职责的相关从业员工，应严格履行保障个人信息安全及防止外泄的义务，如泄漏个人信息构成犯罪的，将承担相应的刑事责任。来源：澎湃新闻、佛山市中级人民法院编辑：苏惠琳校对：严哲川审核：邬嘉宏签发：郭斌" + SOHU,
    source="澎湃新闻", editor="苏惠琳")
add("m27b-09", P72, "line prefixed 2023-08-10 09:53, abridged",
    "原标题：银川市打造便捷高效普惠公共法律服务银川市打造便捷高效普惠公共法律服务 来源：宁夏日报“这里不仅可以个性化定制，一键生成法律文书，还能连线律师远程咨询，真的太方便了。”8月9日，张先生在银川市兴庆区司法局富宁街司法所工作人员的帮助下，打开智慧公共法律服务可视化桌面机，点击“法律文书下载”功能，下载打印了《借款抵押合同起诉状》，并点击“视频咨询”功能，很快与兴庆区法律援助中心取得联系，享受到一站式的优质公共法律服务。截至目前，银川市公共法律智慧终端机访问量达27164人次，微平台访问量达2172人次。(记者 马忠)" + SOHU,
    source="宁夏日报", reporters=["马忠"])
add("m27b-10", P72, "line prefixed 2023-08-11 04:06, abridged",
    "原标题：小小“蓝马甲”带观众遨游太阳系本报讯（记者 牛伟坤 实习生 刘嘉雯）这个暑假，北京天文馆每天客流量保持在万人次左右。为更好地服务观众，该馆招募的志愿者纷纷上岗，“蓝马甲”成了展厅里一道靓丽的风景线。该馆公共服务部副主任周谦说，每天上岗的志愿者人数稳定在15至20人；暑假至今，已有500余人次的志愿者参与服务，服务总时长超过了3000个小时。图为天文馆小志愿者任毅鲲（左二穿蓝马甲者）正在为观众讲解。" + SOHU,
    reporters=["牛伟坤", "刘嘉雯"])
add("m27b-12", P72, "line prefixed 2023-07-23 14:59, padding shortened, abridged",
    "  原标题：“翅膀”超薄可折叠 我国首款柔性太阳翼平板式通信卫星长这样  2023年7月23日10时50分，我国在太原卫星发射中心使用长征二号丁运载火箭，成功将灵犀03星发射升空。卫星顺利进入预定轨道，发射任务获得圆满成功。  因此，该卫星配置了主动热控流体回路，相当于为卫星配置了“空调”能主动调节，让它在舒适的温度下工作。卫星依据在轨所感知的外部热环境，并结合自身温度状态，通过循环泵驱动管道内的液体流动，维持单机温度稳定。  （总台记者 杨弘杨 李春潮）" + PAD_SOHU,
    source="总台", reporters=["杨弘杨", "李春潮"])
add("m27b-13", P72, "line prefixed 2023-08-08 06:53, abridged",
    "原标题：从卫冕到最差，美国女足败在哪？外媒：战术和阵容搭配都不够完美【环球时报综合报道】“曾经在世界女子足坛占据主导地位的美国女足出局了，这是四冠王有史以来最短的世界杯历程。”美联社7日称，在1999年女足世界杯决赛中，美国女足凭借点球大战击败中国女足，证明了自己在这项运动中的领先地位。此外，拉皮诺罚丢点球后微笑的画面更是引发美国球迷的愤怒。有球迷在社交平台上质疑：“罚失点球后竟然还能笑得出来？她在开什么玩笑？”（李佳寅）" + SOHU,
    source="环球时报", reporters=["李佳寅"])

# --- documents_dup_part_11_part_3, near character offset 900,000-916,000 (搜狐 reposts of 5-6 Aug 2023, padded headers)
add("m27b-17", P113, "line prefixed 2023-08-06 07:05 (the 中使馆 one), padding shortened, abridged",
    "  原标题：无差别行凶、致多人伤亡，中使馆提醒→  近期，韩国发生数起无差别行凶案件，致多人伤亡，网络上还出现多篇随机杀人预告贴。对此，韩国警方已启动特别治安行动，加大警力部署予以强力应对。  驻济州总领事馆领事保护与协助电话：+82-64-722-8802  来源： 中国驻韩国大使馆微信公号  战胜日本队，中国女篮夺冠！谷爱凌现场助威   吉林舒兰通报：副市长等4名公职人员，在抗洪抢险中失联   副厅长、副市长、区长、县长，被谈话提醒 " + PAD_SOHU,
    source="中国驻韩国大使馆")
add("m27b-18", P113, "line prefixed 2023-08-06 07:43, padding shortened, abridged",
    "  原标题：中国队包揽20公里竞走男女团体金牌  中国队包揽20公里竞走男女团体金牌   来源：陕西日报  8月5日，成都大运会田径项目女子20公里竞走团体决赛举行。陕西运动员殷腊梅(右一)与队友协作，为中国队摘得团体金牌。 本报记者 肖阳熠摄  本报讯 (记者 张江舟)8月5日，成都世界大学生运动会男女20公里竞走项目开赛。我省殷腊梅、李炎东两位运动员表现出色，助力中国队包揽男女20公里竞走团体金牌。  由崔利宏、张洪亮、李晓彬、李炎东、钱海峰组成的中国队，以4小时18分54秒的总成绩夺得男子20公里竞走团体金牌。日本队和澳大利亚队分获银牌和铜牌。此外，中国选手钱海峰以1小时24分40秒的成绩斩获个人赛银牌。" + PAD_SOHU,
    source="陕西日报", reporters=["肖阳熠", "张江舟"])
add("m27b-19", P113, "line prefixed 2023-08-06 10:31, padding shortened, abridged",
    "  原标题：2023年全民健身周暨国家奥体中心5000米精英达标赛开赛  中新网8月6日电（李太源） 8月5日，由国家奥体中心主办、元大都马拉松冠军俱乐部承办的“2023年全民健身周暨国家奥体中心5000米精英达标赛”在国家奥体中心主田径场(蓝色跑道)正式开赛。  图为参赛选手在比赛中。国家奥体中心 供图   此次赛事也正式拉开了国家奥林匹克体育中心2023年全民健身日系列主题活动和“体育宣传周”相关活动的精彩序幕。  图为参赛选手赛前合影。李太源 摄   此外，8月5日至8月13日期间，奥体中心所有场馆将举办缤纷多元、惠民利民的全民健身活动。本次全民健身活动共计40多场，预计吸引8000余人次参加。" + PAD_SOHU,
    source="中新网", reporters=["李太源"])
add("m27b-20", P113, "line prefixed 2023-08-06 09:36, padding shortened, abridged",
    "  原标题：受山东地震影响 这些列车暂时停运  人民网北京8月6日电 (记者杨虞波罗)据北京铁路微博消息，受山东省德州市平原县发生5.5级地震影响，8月6日北京南站始发G103次、G171次、G2551次、G1083次、G45次、G1次、G173次、G201次、G105次、G2553次、G107次、G1099次、G1061次、G887次、G109次、G177次、G31次、G3次、G203次、G197次、G111次、G179次、G2555次、G113次、G1085次、G261次、G321次、G33次；天津西站始发G441次；沧州西站始发G3681/4次列车停运。  已购买停运列车车票的旅客，可于30日内办理全额退票手续。请广大旅客及时关注中国铁路12306网站信息或车站公告，妥善安排出行。" + PAD_SOHU,
    source="人民网", reporters=["杨虞波罗"])
add("m27b-22", P113, "line prefixed 2023-08-06 09:14, padding shortened, abridged",
    "  原标题：北京：设置临时车管服务窗口 方便市民办理补、换领车牌等车务手续  人民网北京8月6日电 (记者董兆瑞)记者从北京市交管局获悉，针对强降雨天气中,一些涉水车辆易出现车辆号牌受损、丢失等情况，8月1日起，公安交管部门在暴雨洪涝灾害严重的房山区、门头沟区设置方便车主办理补、换领车辆号牌等业务的临时车管服务窗口。  房山交通支队车管站：北京市房山区拱辰街道月华北大街32号；  门头沟交通支队车管站：北京市门头沟区滨河路72号。" + PAD_SOHU,
    source="人民网", reporters=["董兆瑞"])
add("m27b-23", P113, "line prefixed 2023-08-06 05:07, padding shortened, abridged",
    "  原标题：山东德州市平原县发生5．5级地震 抗震救灾三级应急响应启动  人民网济南8月6日电(邢曼华、宋翠) 8月6日2时33分，山东省德州市平原县发生5.5级地震，截至8月6日4时05分，未接到人员伤亡报告。  国铁济南局：对管内运行列车采取扣停措施，途经列车将出现晚点  为保证列车安全，国铁济南局立即启动应急响应，对管内运行列车采取扣停措施，正在组织对相关线路进行设备检查，途经列车将出现不同程度晚点。具体列车运行信息请关注相关站车公告。" + PAD_SOHU,
    source="人民网", reporters=["邢曼华", "宋翠"])
add("m27b-24", P113, "line prefixed 2023-08-02 12:41, abridged",
    "广告 “你轻点，我好疼”，没想到她能坚持得这么彻底 ×昨晚，大连大剧院响起了潮水般的掌声，《战上海》剧组以饱满的精神、高超的演技，向观众传递红色革命精神，展现人民解放军的风采，向最可爱的人致敬！阳光总在风雨后，经历了重重困难，大幕开启后的演职员们用一场精彩的演出艺术地再现了中国共产党领导下的人民解放军，在上海地下党、组织和人民群众协助下解放上海的英勇事迹和共产党人不忘初心的革命信仰。*文汇独家稿件，转载请注明出处。",
    source="文汇")
add("m27b-28", P113, "line prefixed 2023-08-06 11:43 (the 江苏 one), padding shortened, abridged",
    "  原标题：受山东地震影响，G103次等多趟途经江苏列车停运  来源：人民网－江苏频道  人民网南京8月6日电 根据中国地震台网测定，8月6日2时33分，在山东省德州市平原县发生5.5级地震。受地震影响，当日北京南站、天津西站始发的G103次等多趟途经江苏列车停运。  为确保列车运行安全，国铁北京局已启动一级应急响应，对管内京沪高铁、京沪线、京九线、石济客专、石德线运行列车采取扣停措施，正在组织对相关线路设备进行全面检查，途经列车将出现停运或不同程度晚点。" + PAD_SOHU,
    source="人民网－江苏频道")
add("m27b-29", P113, "line prefixed 2023-08-06 11:43 (the 原创稿 one), padding shortened, abridged",
    "  原标题：山东平原发生5.5级地震 震区未来三天无明显降水  山东平原发生5.5级地震 震区未来三天无明显降水   来源：人民网 原创稿  人民网北京8月6日电 (记者杨虞波罗)据中国气象局消息，山东省气象台今早发布预报，山东震区未来三天无明显降水过程，以晴到多云天气为主。最低气温在22℃左右，最高气温在31℃左右，气温适宜，能见度较好。天气条件利于震区救援工作开展。",
    source="人民网", reporters=["杨虞波罗"])

ids, SPLIT = split(R, 2728)

if __name__ == "__main__":
    write(R, "meta_r27b", ids, SPLIT)
