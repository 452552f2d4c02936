"""Name pools for the demo generator (all fictional; pinyin kept for English notes).

Company "cores" (the two-character short names like 恒泰) are combined from two pools through a fixed
permutation, so every account index maps to a distinct short name without any lookup table.
"""

from __future__ import annotations


def _pairs(spec: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in spec.split():
        han, py = item.split(":")
        out.append((han, py))
    return tuple(out)


SURNAMES = _pairs(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma "
    "朱:Zhu 胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu "
    "韩:Han 冯:Feng 邓:Deng 曹:Cao 彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 蒋:Jiang "
    "蔡:Cai 杜:Du 叶:Ye 程:Cheng 苏:Su 魏:Wei 吕:Lyu 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu 姜:Jiang "
    "崔:Cui 钟:Zhong 谭:Tan 陆:Lu 汪:Wang 范:Fan 金:Jin 石:Shi 廖:Liao 贾:Jia 夏:Xia 韦:Wei 付:Fu "
    "方:Fang 白:Bai 邹:Zou 孟:Meng 熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin 薛:Xue 闫:Yan 段:Duan 雷:Lei "
    "侯:Hou 龙:Long 史:Shi 陶:Tao 黎:Li 贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 钱:Qian 严:Yan "
    "覃:Qin 武:Wu 戴:Dai 莫:Mo 孔:Kong 汤:Tang 温:Wen 康:Kang 施:Shi 牛:Niu 樊:Fan 葛:Ge 邢:Xing "
    "齐:Qi 乔:Qiao 伍:Wu 庞:Pang 颜:Yan 倪:Ni 庄:Zhuang 聂:Nie 章:Zhang 鲁:Lu 岳:Yue 翟:Zhai 殷:Yin "
    "詹:Zhan 申:Shen 欧阳:Ouyang 耿:Geng 关:Guan 兰:Lan 焦:Jiao 俞:Yu 左:Zuo 柳:Liu 甘:Gan 祝:Zhu "
    "包:Bao 尚:Shang 符:Fu 舒:Shu 阮:Ruan 柯:Ke 纪:Ji 梅:Mei 童:Tong 凌:Ling 毕:Bi 单:Shan 季:Ji "
    "裴:Pei 霍:Huo 涂:Tu 苗:Miao 谷:Gu 盛:Sheng 曲:Qu 翁:Weng 冉:Ran 骆:Luo 蓝:Lan 游:You 辛:Xin "
    "靳:Jin 柴:Chai 蒙:Meng 鲍:Bao 喻:Yu 祁:Qi 蒲:Pu 房:Fang 滕:Teng 屈:Qu 饶:Rao 牟:Mou 艾:Ai "
    "尤:You 穆:Mu 卓:Zhuo 缪:Miao 简:Jian 项:Xiang 连:Lian 麦:Mai 褚:Chu 娄:Lou 窦:Dou 戚:Qi 岑:Cen "
    "景:Jing 费:Fei 冷:Leng 晏:Yan 席:Xi 卫:Wei 米:Mi 柏:Bai 宗:Zong 瞿:Qu 桂:Gui 佟:Tong 臧:Zang "
    "闵:Min 邬:Wu 卞:Bian 姬:Ji 栾:Luan 隋:Sui 荣:Rong 寇:Kou 桑:Sang 郎:Lang 甄:Zhen 仲:Zhong "
    "虞:Yu 敖:Ao 巩:Gong 池:Chi 苑:Yuan 迟:Chi 邝:Kuang 诸葛:Zhuge 司马:Sima"
)

GIVEN = _pairs(
    "建:jian 国:guo 明:ming 华:hua 伟:wei 芳:fang 娜:na 静:jing 敏:min 丽:li 强:qiang 磊:lei 军:jun "
    "洋:yang 勇:yong 艳:yan 杰:jie 涛:tao 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 英:ying 文:wen 辉:hui "
    "力:li 鹏:peng 宇:yu 浩:hao 凯:kai 晨:chen 博:bo 睿:rui 思:si 雨:yu 欣:xin 悦:yue 佳:jia 子:zi "
    "俊:jun 轩:xuan 婷:ting 琳:lin 蕾:lei 晓:xiao 海:hai 波:bo 远:yuan 航:hang 志:zhi 鸿:hong 毅:yi "
    "诚:cheng 慧:hui 雪:xue 梅:mei 云:yun 飞:fei 峰:feng 岩:yan 松:song 青:qing 山:shan 泽:ze 润:run "
    "清:qing 源:yuan 德:de 仁:ren 义:yi 信:xin 安:an 康:kang 乐:le 永:yong 春:chun 秋:qiu 冬:dong "
    "晴:qing 阳:yang 光:guang 辰:chen 星:xing 彤:tong 颖:ying 琪:qi 璐:lu 瑶:yao 萱:xuan 楠:nan "
    "蓉:rong 倩:qian 薇:wei 菲:fei 昊:hao 晗:han 逸:yi 翔:xiang 哲:zhe 铭:ming 铮:zheng 锋:feng "
    "斌:bin 彬:bin 健:jian 立:li 新:xin 振:zhen 兴:xing 贤:xian 书:shu 瀚:han 承:cheng 启:qi 亦:yi "
    "知:zhi 怀:huai 维:wei 卓:zhuo 越:yue 然:ran 舟:zhou 帆:fan 南:nan 北:bei 东:dong 益:yi 溪:xi "
    "骁:xiao 钧:jun 宏:hong 勤:qin 朗:lang 祺:qi 瑞:rui 皓:hao 恒:heng 谦:qian 煜:yu 朝:zhao 雯:wen "
    "蔚:wei 芸:yun 馨:xin 妍:yan 曦:xi 韵:yun 玮:wei 璇:xuan 嵩:song 砚:yan 笛:di 筠:yun 樾:yue "
    "霖:lin 沐:mu 湛:zhan 澈:che 珂:ke 珊:shan 琦:qi 岱:dai 崇:chong 煦:xu 灏:hao 墨:mo 策:ce 钰:yu"
)

# first / second character of a company core, with pinyin for English aliases
CORE_A = _pairs(
    "华:Hua 恒:Heng 泰:Tai 嘉:Jia 瑞:Rui 鼎:Ding 汇:Hui 宏:Hong 金:Jin 安:An 联:Lian 盛:Sheng 达:Da "
    "通:Tong 兴:Xing 锦:Jin 天:Tian 海:Hai 宁:Ning 长:Chang 永:Yong 新:Xin 广:Guang 昌:Chang 丰:Feng "
    "德:De 润:Run 富:Fu 晟:Sheng 祥:Xiang 骏:Jun 信:Xin 顺:Shun 诚:Cheng 元:Yuan 亿:Yi 凯:Kai 星:Xing "
    "辰:Chen 远:Yuan 航:Hang 卓:Zhuo 百:Bai 融:Rong 银:Yin 鑫:Xin 浩:Hao 博:Bo 聚:Ju 展:Zhan 东:Dong "
    "南:Nan 西:Xi 北:Bei 江:Jiang 湖:Hu 山:Shan 云:Yun 青:Qing 碧:Bi 翠:Cui 紫:Zi 玉:Yu 益:Yi 同:Tong "
    "协:Xie 立:Li 正:Zheng 弘:Hong 敦:Dun 厚:Hou 佳:Jia 承:Cheng 启:Qi 运:Yun 舜:Shun 禹:Yu 尧:Yao "
    "泓:Hong 沁:Qin 汉:Han 楚:Chu 吴:Wu 赣:Gan 闽:Min 粤:Yue 蜀:Shu 渝:Yu 皖:Wan 苏:Su 浙:Zhe 沪:Hu "
    "津:Jin 冀:Ji 豫:Yu 鲁:Lu 晋:Jin 秦:Qin 陇:Long 黔:Qian 滇:Dian 桂:Gui 琼:Qiong 辽:Liao 吉:Ji "
    "龙:Long 凤:Feng 麒:Qi 鹤:He 松:Song 梧:Wu 桐:Tong 柏:Bai 枫:Feng 樟:Zhang 榕:Rong 梓:Zi 朗:Lang"
)
CORE_B = _pairs(
    "信:Xin 泰:Tai 达:Da 通:Tong 源:Yuan 丰:Feng 安:An 盛:Sheng 华:Hua 兴:Xing 隆:Long 发:Fa 昌:Chang "
    "荣:Rong 宁:Ning 康:Kang 利:Li 成:Cheng 和:He 瑞:Rui 祥:Xiang 恒:Heng 辉:Hui 光:Guang 明:Ming "
    "远:Yuan 航:Hang 海:Hai 江:Jiang 峰:Feng 岳:Yue 德:De 润:Run 融:Rong 汇:Hui 鑫:Xin 晟:Sheng "
    "业:Ye 联:Lian 桥:Qiao 湾:Wan 港:Gang 城:Cheng 阳:Yang 原:Yuan 林:Lin 森:Sen 田:Tian 苑:Yuan "
    "泉:Quan 溪:Xi 湖:Hu 潮:Chao 涌:Yong 曜:Yao 宸:Chen 骅:Hua 骐:Qi 麟:Lin 凤:Feng 鹏:Peng 鸿:Hong "
    "策:Ce 钧:Jun 铭:Ming 锐:Rui 捷:Jie 迅:Xun 驰:Chi 腾:Teng 耀:Yao 晖:Hui 煌:Huang 灿:Can 辰:Chen "
    "宇:Yu 恩:En 怡:Yi 嘉:Jia 祺:Qi 悦:Yue 乾:Qian 坤:Kun 元:Yuan 威:Wei 尚:Shang 誉:Yu 博:Bo 楠:Nan "
    "杉:Shan 桦:Hua 棠:Tang 蔚:Wei 茂:Mao 荟:Hui 菁:Jing 芃:Peng 蓬:Peng 萃:Cui 璟:Jing 琨:Kun "
    "珑:Long 瑜:Yu 璞:Pu 琮:Cong 瑾:Jin 珩:Heng 岚:Lan 崧:Song 峻:Jun 嵘:Rong 崴:Wai 屹:Yi 岑:Cen "
    "舸:Ge 帆:Fan 舫:Fang 渡:Du 津:Jin 洲:Zhou 汀:Ting 沣:Feng 淳:Chun 澄:Cheng 澍:Shu 霁:Ji 霈:Pei"
)

# well-known real names (and the shared samples' fictional names) that a core must not spell
CORE_BLOCKLIST = frozenset(
    [
        "中信",
        "广发",
        "恒丰",
        "兴业",
        "华夏",
        "泰康",
        "顺丰",
        "中通",
        "华润",
        "华泰",
        "国泰",
        "中泰",
        "东兴",
        "安信",
        "国信",
        "海通",
        "国元",
        "华安",
        "永安",
        "阳光",
        "天安",
        "永诚",
        "长安",
        "鼎和",
        "富德",
        "安华",
        "锦泰",
        "泰隆",
        "民泰",
        "长城",
        "东方",
        "万达",
        "万科",
        "海尔",
        "恒大",
        "华为",
        "中兴",
        "新华",
        "太平",
        "同方",
        "长江",
        "东海",
        "南方",
        "西南",
        "华信",
        "浙商",
        "渤海",
        "中华",
        "平安",
        "招商",
        "民生",
        "光大",
        "浦发",
        "交通",
        "建设",
        "工商",
        "农业",
        "邮储",
        "江南",
        "百度",
        "腾讯",
        "阿里",
        "京东",
        "美团",
        "字节",
        "联通",
        "移动",
        "电信",
        "国网",
        "南网",
        "华能",
        "华电",
        "大唐",
        "中石",
        "中海",
        "中远",
        "中航",
        "中建",
        "中铁",
        "中交",
        "通衢",
        "鼎岳",
        "港晟",
        "智川",
        "澄湖",
        "越禾",
        "麟川",
        "枢点",
        "砚石",
        "瓯安",
        "鄞丰",
        "晶岚",
        "泓远",
        "琼花",
        "锦帆",
        "衡舟",
        "澄江",
        "稽山",
        "庐川",
        "禾源",
        "鉴湖",
        "巢宇",
        "澜芯",
        "迅鸿",
        "东瓯",
        "甬翔",
        "舟曜",
        "科岭",
        "屹辰",
        "栖云",
        "博衍",
        "云衡",
        "镜川",
        "澜湖",
        "织锦",
        "鹏华",
        "汇丰",
        "恒生",
        "汇添",
        "嘉实",
        "博时",
        "富国",
        "天弘",
        "易方",
        "银华",
        "金鹰",
        "长盛",
        "宝盈",
        "信达",
        "华融",
        "长信",
        "鑫元",
        "融通",
        "兴全",
        "永赢",
        "泰达",
        "华宝",
        "海富",
        "国联",
        "德邦",
        "韵达",
        "圆通",
        "申通",
        "龙湖",
        "碧桂",
        "金地",
        "保利",
        "绿城",
        "融创",
        "旭辉",
        "世茂",
        "远洋",
        "金科",
        "华侨",
        "广汽",
        "吉利",
        "比亚",
        "长丰",
        "江淮",
        "东风",
        "一汽",
        "上汽",
        "北汽",
        "江铃",
        "福田",
        "宇通",
        "金龙",
        "海信",
        "格力",
        "美的",
        "康佳",
        "创维",
        "TCL",
        "九阳",
        "苏宁",
        "国美",
        "华联",
        "联华",
        "金陵",
        "天宇",
        "华天",
        "中天",
        "长电",
        "通富",
        "士兰",
        "华虹",
        "紫光",
        "龙芯",
        "海光",
        "飞腾",
        "兆芯",
        "鲲鹏",
        "昇腾",
        "麒麟",
        "统信",
        "达梦",
        "人大",
        "金仓",
        "南大",
        "神通",
        "瀚高",
        "星环",
        "华星",
        "京东方",
        "天马",
        "华鑫",
        "国盛",
        "华林",
        "太平洋",
        "中原",
        "东北",
        "国海",
        "红塔",
        "湘财",
        "西部",
        "山西",
        "东吴",
        "财通",
        "浙商",
        "江海",
        "宏信",
        "华西",
        "华创",
        "天风",
        "中金",
        "银河",
        "申万",
        "华福",
        "首创",
        "万联",
        "粤开",
        "联储",
        "开源",
        "长城",
        "恒泰",
        "华龙",
        "国融",
        "五矿",
    ]
)

REGIONS = _pairs(
    "苏州:Suzhou 宁波:Ningbo 合肥:Hefei 无锡:Wuxi 常州:Changzhou 南通:Nantong 嘉兴:Jiaxing 湖州:Huzhou "
    "绍兴:Shaoxing 温州:Wenzhou 台州:Taizhou 金华:Jinhua 扬州:Yangzhou 镇江:Zhenjiang 芜湖:Wuhu "
    "蚌埠:Bengbu 安庆:Anqing 徐州:Xuzhou 盐城:Yancheng 淮安:Huai'an 舟山:Zhoushan 丽水:Lishui 衢州:Quzhou "
    "南京:Nanjing 杭州:Hangzhou 福州:Fuzhou 厦门:Xiamen 泉州:Quanzhou 南昌:Nanchang 赣州:Ganzhou "
    "济南:Jinan 青岛:Qingdao 烟台:Yantai 潍坊:Weifang 郑州:Zhengzhou 洛阳:Luoyang 武汉:Wuhan 宜昌:Yichang "
    "长沙:Changsha 株洲:Zhuzhou 成都:Chengdu 绵阳:Mianyang 重庆:Chongqing 西安:Xi'an 昆明:Kunming "
    "贵阳:Guiyang 南宁:Nanning 桂林:Guilin 广州:Guangzhou 佛山:Foshan 东莞:Dongguan 珠海:Zhuhai "
    "汕头:Shantou 太原:Taiyuan 石家庄:Shijiazhuang 唐山:Tangshan 天津:Tianjin 大连:Dalian 沈阳:Shenyang "
    "长春:Changchun 哈尔滨:Harbin 连云港:Lianyungang 马鞍山:Ma'anshan 滁州:Chuzhou 宿迁:Suqian"
)

ENGLISH_GIVEN = (
    "Leo",
    "Iris",
    "Jason",
    "Vivian",
    "Eric",
    "Grace",
    "Tony",
    "Cathy",
    "Frank",
    "Helen",
    "Sean",
    "Nina",
    "Oscar",
    "Ruby",
    "Victor",
    "Wendy",
    "Bruce",
    "Coco",
    "Derek",
    "Elaine",
)

PUBLICATIONS = (
    ("长三角信息化周刊", "cjxxh"),
    ("金融科技观察", "jrkjgc"),
    ("数字政务报道", "szzwbd"),
    ("产业数字化前沿", "cyszh"),
    ("华东财经快讯", "hdcjkx"),
    ("智造新闻网", "zzxww"),
    ("医疗信息化资讯", "ylxxh"),
    ("能源数字化周报", "nyszh"),
    ("招采动态", "zcdt"),
    ("East China Tech Wire", "ectw"),
)

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
