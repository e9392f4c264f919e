package org.smimeconformance.steps.world;

import org.smimeconformance.contract.device.Platform;

/** A kind of device Outlook is installed on, as the features name it: "an iPhone", "Alice's Android phone". */
public enum DeviceModel {

    IPHONE("an", "iPhone", Platform.IOS),
    IPAD("an", "iPad", Platform.IOS),
    ANDROID_PHONE("an", "Android phone", Platform.ANDROID),
    ANDROID_TABLET("an", "Android tablet", Platform.ANDROID);

    private final String article;
    private final String modelName;
    private final Platform platform;

    DeviceModel(String article, String modelName, Platform platform) {
        this.article = article;
        this.modelName = modelName;
        this.platform = platform;
    }

    /** The model's name after an owner or a possessive: {@code iPhone} in "Alice's iPhone", "her iPhone". */
    public String modelName() {
        return modelName;
    }

    /** The model with its article, as in "Alice uses Outlook on an iPhone". */
    public String label() {
        return article + " " + modelName;
    }

    public Platform platform() {
        return platform;
    }
}
